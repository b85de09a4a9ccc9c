// Shaping once, writing many times. pdfkit's text() shapes every string it draws (and its width
// measurement shapes it again); a briefing book repeats the same few thousand words, so each word is
// shaped once per font (glyph ids registered in the font subset, advances, kerning) and kept as a
// ready-made TJ fragment. Drawing a line is then string concatenation into the page's content stream.

import {
  coverage,
  coverageFns,
  encode,
  type FontkitFont,
  type Included,
  includeUpTo,
  type PdfkitFont,
  type Position,
  shareNumbering,
} from './glyphs.ts';
import type { FontName } from './text.ts';

/** A word (or space) in one font: its advance in 1/1000 em and its glyphs as a TJ array fragment. */
export type Shaped = {
  width: number;
  /** `<hex> -kern <hex>`: independent of the font size because TJ numbers are in 1/1000 em. */
  tj: string;
  /** Glyphs moved by GPOS mark positioning (rare with NFC text); drawn glyph by glyph. */
  offsets: { glyphs: string[]; pos: Position[] } | null;
  /** The highest glyph id in it (see glyphs.ts: a fragment from the shared numbering needs glyphs 1..maxId). */
  maxId: number;
};

/** A font's shaped words and ASCII table: per document, or for the Latin fonts shared by all (glyphs.ts). */
type Shapes = { words: Map<string, Shaped>; ascii: AsciiTable };
/** One of this document's fonts: pdfkit's font, its shapes, and its place in the shared numbering (or null). */
type Entry = { font: PdfkitFont; shapes: Shapes; included: Included | null };

// Fonts whose glyph numbering is shared across documents (see glyphs.ts), and their shapes, per fontkit font.
const SHARED_NUMBERING = new Set<FontName>(['sans', 'sans-bold', 'sans-italic', 'sans-bold-italic']);
const sharedShapes = new WeakMap<FontkitFont, Shapes>();

function newShapes(): Shapes {
  return {
    words: new Map(),
    ascii: {
      hex: new Array(128),
      id: new Int32Array(128),
      adv: new Float64Array(128),
      kern: new Float64Array(128 * 128).fill(Number.NaN),
    },
  };
}

export class Shaper {
  private readonly fonts = new Map<FontName, PdfkitFont>();
  private readonly entries = new Map<FontName, Entry>();

  constructor(doc: PDFKit.PDFDocument, names: readonly FontName[]) {
    for (const name of names) {
      doc.font(name);
      const font = (doc as unknown as { _font: PdfkitFont })._font;
      this.fonts.set(name, font);
      if (SHARED_NUMBERING.has(name)) {
        let shapes = sharedShapes.get(font.font);
        if (!shapes) {
          shapes = newShapes();
          sharedShapes.set(font.font, shapes);
        }
        this.entries.set(name, { font, shapes, included: shareNumbering(font) });
      } else this.entries.set(name, { font, shapes: newShapes(), included: null });
    }
  }

  /** The fontkit fonts under this document's fonts, to reuse for the next document. */
  fontkitFonts(): Record<FontName, FontkitFont> {
    const out = {} as Record<FontName, FontkitFont>;
    for (const [name, f] of this.fonts) out[name] = f.font;
    return out;
  }

  font(name: FontName): PdfkitFont {
    const f = this.fonts.get(name);
    if (!f) throw new Error(`font ${name} is not registered`);
    return f;
  }

  /**
   * Whether a font has a glyph for a code point. The function is the same object for every document set
   * in the same fonts (they are reused across exports), so caches keyed by it (words split into font
   * runs) outlive a single export.
   */
  get covers(): (name: FontName, cp: number) => boolean {
    const key = this.fonts.get('sans')?.font;
    if (!key) return () => false;
    let fn = coverageFns.get(key);
    if (!fn) {
      const fonts = new Map([...this.fonts].map(([name, f]) => [name, f.font]));
      fn = (name, cp) => {
        const font = fonts.get(name);
        if (!font) return false;
        let cache = coverage.get(font);
        if (!cache) {
          cache = new Map();
          coverage.set(font, cache);
        }
        let v = cache.get(cp);
        if (v === undefined) {
          v = font.hasGlyphForCodePoint(cp);
          cache.set(cp, v);
        }
        return v;
      };
      coverageFns.set(key, fn);
    }
    return fn;
  }

  /**
   * Plain ASCII words (most of an English book) are put together from cached glyphs and cached kerning
   * pairs instead of running the full OpenType shaper on every new word; a pair that shapes to anything
   * but two glyphs (a ligature) sends the word through the full shaper.
   */
  private shapeAscii(font: PdfkitFont, t: AsciiTable, text: string): Shaped | null {
    let width = 0;
    let maxId = 0;
    const parts: string[] = [];
    let hex: string[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let g = t.hex[c];
      if (g === undefined) {
        const [glyphs, pos, id] = encode(font, text[i] as string);
        if (glyphs.length !== 1) return null;
        g = glyphs[0] as string;
        t.hex[c] = g;
        t.id[c] = id;
        t.adv[c] = (pos[0] as Position).xAdvance;
      }
      if ((t.id[c] as number) > maxId) maxId = t.id[c] as number;
      let kern = 0;
      if (i + 1 < text.length) {
        const pair = c * 128 + text.charCodeAt(i + 1);
        let k = t.kern[pair] as number;
        if (Number.isNaN(k)) {
          const [glyphs, pos] = encode(font, text.slice(i, i + 2));
          const p0 = pos[0] as Position;
          k =
            glyphs.length === 2 && !p0.xOffset && !p0.yOffset && !pos[1]?.xOffset && !pos[1]?.yOffset
              ? p0.xAdvance - p0.advanceWidth
              : Number.POSITIVE_INFINITY;
          t.kern[pair] = k;
        }
        if (k === Number.POSITIVE_INFINITY) return null;
        kern = k;
      }
      hex.push(g);
      width += (t.adv[c] as number) + kern;
      if (kern !== 0) {
        parts.push(`<${hex.join('')}> ${num(-kern)}`);
        hex = [];
      }
    }
    if (hex.length > 0) parts.push(`<${hex.join('')}>`);
    return { width, tj: flat(parts.join(' ')), offsets: null, maxId };
  }

  shape(name: FontName, text: string): Shaped {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`font ${name} is not registered`);
    const { font, shapes, included } = entry;
    let s = shapes.words.get(text);
    if (s === undefined) {
      s = (ASCII_WORD.test(text) ? this.shapeAscii(font, shapes.ascii, text) : null) ?? shapeFully(font, text);
      if (shapes.words.size > 300_000) shapes.words.clear();
      shapes.words.set(text, s);
    }
    // A fragment shaped (or put together from glyphs numbered) while laying out another document.
    if (included !== null && s.maxId > included.upto) includeUpTo(font, included, s.maxId);
    return s;
  }
}

/** A word through the full OpenType shaper: ligatures, kerning, marks positioned by GPOS. */
function shapeFully(font: PdfkitFont, text: string): Shaped {
  const [glyphs, pos, maxId] = encode(font, text);
  let width = 0;
  let offsets = false;
  const parts: string[] = [];
  let hex: string[] = [];
  for (let i = 0; i < glyphs.length; i++) {
    const p = pos[i] as Position;
    hex.push(glyphs[i] as string);
    width += p.xAdvance;
    if (p.xOffset || p.yOffset) offsets = true;
    const kern = p.xAdvance - p.advanceWidth;
    if (kern !== 0) {
      parts.push(`<${hex.join('')}> ${num(-kern)}`);
      hex = [];
    }
  }
  if (hex.length > 0) parts.push(`<${hex.join('')}>`);
  return { width, tj: flat(parts.join(' ')), offsets: offsets ? { glyphs, pos } : null, maxId };
}

const ASCII_WORD = /^[\x21-\x7E]+$/;

type AsciiTable = {
  hex: (string | undefined)[];
  id: Int32Array;
  adv: Float64Array;
  /** Kerning of a pair (first code * 128 + second): NaN not yet known, +Infinity not two plain glyphs. */
  kern: Float64Array;
};

/**
 * A string V8 keeps as one piece of memory. Strings built by concatenation are kept as trees until read,
 * and a TJ fragment is copied into every line that uses the word: reading it once here makes those copies
 * about three times cheaper.
 */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

export function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

const rgbCache = new Map<string, string>();

/** "#1b1d21" as a PDF fill colour operator. */
export function fillOp(color: string): string {
  let op = rgbCache.get(color);
  if (!op) {
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
    const [r, g, b] = m ? [m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? '0', 16) / 255) : [0, 0, 0];
    op = `${num(r ?? 0)} ${num(g ?? 0)} ${num(b ?? 0)} rg`;
    rgbCache.set(color, op);
  }
  return op;
}

/** The TJ operands for shaped text at a size, glyph by glyph when marks are positioned by GPOS. */
export function tjOps(parts: Shaped[], size: number, rise: number): string {
  let plain = true;
  for (let i = 0; i < parts.length; i++) if ((parts[i] as Shaped).offsets) plain = false;
  if (plain) {
    let tj = '[';
    for (let i = 0; i < parts.length; i++) tj += i === 0 ? (parts[i] as Shaped).tj : ` ${(parts[i] as Shaped).tj}`;
    return `${tj}] TJ`;
  }
  const out: string[] = [];
  let arr: string[] = [];
  const flush = () => {
    if (arr.length) out.push(`[${arr.join(' ')}] TJ`);
    arr = [];
  };
  for (const p of parts) {
    if (!p.offsets) {
      arr.push(p.tj);
      continue;
    }
    const { glyphs, pos } = p.offsets;
    for (let i = 0; i < glyphs.length; i++) {
      const q = pos[i] as Position;
      if (q.yOffset) {
        flush();
        out.push(`${num(rise + (q.yOffset * size) / 1000)} Ts`);
      }
      arr.push(`${q.xOffset ? num(-q.xOffset) : ''} <${glyphs[i]}> ${num(q.xOffset - (q.xAdvance - q.advanceWidth))}`.trim());
      if (q.yOffset) {
        flush();
        out.push(`${num(rise)} Ts`);
      }
    }
  }
  flush();
  return out.join('\n');
}
