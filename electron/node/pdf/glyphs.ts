// fontkit's side of shaping, shared by every document in this thread: a word's glyphs and positions from
// the OpenType shaper, and glyph coverage, cached per fontkit font. pdfkit numbers glyphs per document
// (its font subset), so encode() maps the shared result into one document's numbering.

import { type RawGlyph, rememberedRun, rememberRun } from './shapecache.ts';
import type { FontName } from './text.ts';
import { inDocument, sameText, shapingFeatures, slot, textPerGlyph, trackGlyphText, variantKey } from './textlayer.ts';

export type Position = { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number };
export type Glyph = { id: number; advanceWidth: number; codePoints: number[] };
export type FontkitFont = {
  layout(
    text: string,
    features?: Record<string, boolean>,
  ): { glyphs: Glyph[]; positions: { xAdvance: number; xOffset: number; yOffset: number }[] };
  getGlyph(id: number, codePoints?: number[]): Glyph;
  hasGlyphForCodePoint(cp: number): boolean;
};
/** pdfkit's EmbeddedFont: one per document, wrapping a fontkit font and the document's subset of it. */
export type PdfkitFont = {
  id: string;
  ref(): unknown;
  font: FontkitFont;
  scale: number;
  subset: { includeGlyph(glyphId: number): number };
  widths: number[];
  unicode: number[][];
};

/** Glyphs and positions (1/1000 em) of a text in one font, before any document's subset numbering. */
type Layout = { glyphs: Glyph[]; pos: Position[] };

// Shaping results kept per fontkit font for the life of the thread: a warm export worker reuses them
// across books, so a word goes through fontkit once per session, not once per export.
const layouts = new WeakMap<FontkitFont, Map<string, Layout>>();
export const coverage = new WeakMap<FontkitFont, Map<number, boolean>>();
export const coverageFns = new WeakMap<FontkitFont, (name: FontName, cp: number) => boolean>();

function layoutRun(font: FontkitFont, scale: number, text: string, glyphs: Glyph[], pos: Position[], raw: RawGlyph[]): void {
  const run = font.layout(text, shapingFeatures(text));
  const labelled = textPerGlyph(font, run.glyphs);
  for (let i = 0; i < run.glyphs.length; i++) {
    const g = labelled[i] as Glyph;
    const p = run.positions[i] as Position;
    glyphs.push(g);
    pos.push(scaled(p.xAdvance, g.advanceWidth, p.xOffset, p.yOffset, scale));
    raw.push([g.id, g.codePoints, p.xAdvance, p.xOffset, p.yOffset]);
  }
}

function scaled(xAdvance: number, advanceWidth: number, xOffset: number, yOffset: number, scale: number): Position {
  return { xAdvance: xAdvance * scale, advanceWidth: advanceWidth * scale, xOffset: xOffset * scale, yOffset: yOffset * scale };
}

/** A layout an earlier session kept (shapecache.ts), with fontkit's glyph objects for its glyph ids. */
function fromRemembered(f: PdfkitFont, raw: RawGlyph[]): Layout {
  const l: Layout = { glyphs: [], pos: [] };
  for (const [id, codePoints, xAdvance, xOffset, yOffset] of raw) {
    const g = f.font.getGlyph(id, codePoints);
    l.glyphs.push(g);
    l.pos.push(scaled(xAdvance, g.advanceWidth, xOffset, yOffset, f.scale));
  }
  return l;
}

/** fontkit's layout of `text`, cut after each space as pdfkit's own text layout does. */
function layoutOf(f: PdfkitFont, text: string): Layout {
  let cache = layouts.get(f.font);
  if (!cache) {
    trackGlyphText(f.font);
    cache = new Map();
    layouts.set(f.font, cache);
  }
  let l = cache.get(text);
  if (l) return l;
  const remembered = rememberedRun(f.font, text);
  if (remembered) l = fromRemembered(f, remembered);
  else {
    l = { glyphs: [], pos: [] };
    const raw: RawGlyph[] = [];
    let last = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) {
        layoutRun(f.font, f.scale, text.slice(last, i + 1), l.glyphs, l.pos, raw);
        last = i + 1;
      }
    }
    if (last < text.length) layoutRun(f.font, f.scale, text.slice(last), l.glyphs, l.pos, raw);
    rememberRun(f.font, text, raw);
  }
  if (cache.size > 300_000) cache.clear();
  cache.set(text, l);
  return l;
}

/**
 * Glyph numbering shared by every document in this thread, for the Latin fonts. pdfkit numbers a font's
 * glyphs per document in the order they are first drawn, so a word's TJ fragment (its glyph ids) is
 * only good for one document. Here a Latin font's glyphs are numbered in the order first used in the
 * session, and every document's subset takes that numbering (its first glyphs are all those numbered so
 * far: the letters, digits, marks and punctuation of earlier books, a few hundred at most), so fragments
 * shaped for one export serve the next. The Korean fonts keep per-document numbering: their subsets would
 * grow with every book's syllables, and carry one book's text into another's.
 */
type Numbering = { glyphs: Glyph[]; ids: Map<number, number>; variants: Map<string, number> };
/** One document's subset of a font under the shared numbering: glyphs 1..upto are in it. */
export type Included = { numbering: Numbering; upto: number };

const numberings = new WeakMap<FontkitFont, Numbering>();
const included = new WeakMap<PdfkitFont, Included>();

// A glyph id as it goes in a literal string of a TJ array: its two bytes, with the bytes a literal string
// cannot hold as they are escaped. Half the bytes of hex (<0041>), so less to write and to deflate.
const codes: string[] = [];
// ( ) \ LF CR
const ESCAPED: Record<number, string> = { 40: '\\(', 41: '\\)', 92: '\\\\', 10: '\\n', 13: '\\r' };

/** Glyph `id` (0–65535) as the escaped bytes of a PDF literal string. */
export function glyphCode(id: number): string {
  let c = codes[id];
  if (c === undefined) {
    const byte = (b: number) => ESCAPED[b] ?? String.fromCharCode(b);
    c = byte(id >> 8) + byte(id & 0xff);
    codes[id] = c;
  }
  return c;
}

function register(f: PdfkitFont, gid: number, g: Glyph): void {
  if (f.widths[gid] == null) f.widths[gid] = g.advanceWidth * f.scale;
  if (f.unicode[gid] == null) f.unicode[gid] = g.codePoints;
}

function includeThrough(f: PdfkitFont, inc: Included, last: number): void {
  while (inc.upto < last) {
    const g = inc.numbering.glyphs[inc.upto] as Glyph;
    const gid = slot(f, g);
    // Something else put glyphs in this subset (pdfkit's own text()): ids would point at the wrong glyphs.
    if (gid !== inc.upto + 1) throw new Error(`glyph numbering of ${f.id} is out of step`);
    register(f, gid, g);
    inc.upto += 1;
  }
}

/** Put a new document's font under the shared numbering, with every glyph numbered so far. */
export function shareNumbering(f: PdfkitFont): Included {
  let numbering = numberings.get(f.font);
  if (!numbering) {
    numbering = { glyphs: [], ids: new Map(), variants: new Map() };
    numberings.set(f.font, numbering);
  }
  const inc = { numbering, upto: 0 };
  included.set(f, inc);
  includeThrough(f, inc, numbering.glyphs.length);
  return inc;
}

/** Make sure glyphs up to `id` (a fragment shaped for another document) are in this document's subset. */
export function includeUpTo(f: PdfkitFont, inc: Included, id: number): void {
  if (id > inc.upto) includeThrough(f, inc, id);
}

/**
 * The glyphs as this document's subset ids (see glyphCode), registering their widths and text as
 * pdfkit's encode() does.
 */
function encodeIn(f: PdfkitFont, glyphs: Glyph[]): { codes: string[]; maxId: number } {
  const out: string[] = new Array(glyphs.length);
  const inc = included.get(f);
  let maxId = 0;
  for (let i = 0; i < glyphs.length; i++) {
    const g = glyphs[i] as Glyph;
    let gid: number;
    if (inc) {
      const numbering = inc.numbering;
      let known = numbering.ids.get(g.id);
      const variant = known !== undefined && !sameText((numbering.glyphs[known - 1] as Glyph).codePoints, g.codePoints);
      if (variant) known = numbering.variants.get(variantKey(g));
      if (known !== undefined) {
        if (known > inc.upto) includeThrough(f, inc, known);
        gid = known;
      } else {
        includeThrough(f, inc, numbering.glyphs.length);
        gid = slot(f, g);
        if (gid !== inc.upto + 1) throw new Error(`glyph numbering of ${f.id} is out of step`);
        numbering.glyphs.push(g);
        if (variant) numbering.variants.set(variantKey(g), gid);
        else numbering.ids.set(g.id, gid);
        inc.upto = gid;
      }
    } else gid = inDocument(f, g);
    register(f, gid, g);
    out[i] = glyphCode(gid);
    if (gid > maxId) maxId = gid;
  }
  return { codes: out, maxId };
}

/** Like pdfkit's EmbeddedFont.encode, with fontkit's work shared across documents; also the highest id used. */
export function encode(f: PdfkitFont, text: string): [string[], Position[], number] {
  const l = layoutOf(f, text);
  const { codes: glyphCodes, maxId } = encodeIn(f, l.glyphs);
  return [glyphCodes, l.pos, maxId];
}
