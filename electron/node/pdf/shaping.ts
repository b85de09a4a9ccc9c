// Shaping once, writing many times. pdfkit's text() shapes every string it draws (and its width
// measurement shapes it again); a briefing book repeats the same few thousand words, so each word is
// shaped once per font (glyph ids registered in the font subset, advances, kerning) and kept as a
// ready-made TJ fragment. Drawing a line is then string concatenation into the page's content stream.

import { AsciiTable, flat, num } from './ascii.ts';
import type { ContentOut } from './content.ts';
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
  /** `(glyphs) -kern (glyphs)`: independent of the font size because TJ numbers are in 1/1000 em. */
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
    ascii: new AsciiTable(),
  };
}

export { num };

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

  /** Learn ahead how pairs of these ASCII characters shape in a font (see ascii.ts), for warming up. */
  learnPairs(name: FontName, chars: string): void {
    const entry = this.entries.get(name);
    if (entry) entry.shapes.ascii.learnPairs(entry.font, chars);
  }

  /**
   * Whether a word shaped for an earlier document serves this one as it is. Under the shared glyph
   * numbering (glyphs.ts) a Latin word's fragment is the same in every document once this document's
   * subset has its glyphs, so the tokeniser keeps it rather than looking the word up again.
   */
  reuse(name: FontName, s: Shaped): boolean {
    const entry = this.entries.get(name);
    if (!entry?.included) return false;
    withGlyphs(entry, s);
    return true;
  }

  shape(name: FontName, text: string): Shaped {
    const entry = this.entry(name);
    const words = entry.shapes.words;
    let s = words.get(text);
    if (s === undefined) {
      s = shapeIn(entry, text);
      if (words.size > 300_000) words.clear();
      words.set(text, s);
    }
    return withGlyphs(entry, s);
  }

  /**
   * A word the tokeniser has not shaped before (words.ts keeps its pieces' shapes itself): shaped
   * without looking it up in, or adding it to, the shared table of shaped text, a lookup that for a
   * book's tens of thousands of new words costs more than the shaping.
   */
  shapeWord(name: FontName, text: string): Shaped {
    const entry = this.entry(name);
    return withGlyphs(entry, shapeIn(entry, text));
  }

  private entry(name: FontName): Entry {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`font ${name} is not registered`);
    return entry;
  }
}

/**
 * A fragment shaped (or put together from glyphs numbered) while laying out another document: this
 * document's font subset must have its glyphs too.
 */
function withGlyphs(entry: Entry, s: Shaped): Shaped {
  const included = entry.included;
  if (included !== null && s.maxId > included.upto) includeUpTo(entry.font, included, s.maxId);
  return s;
}

/** Text in one of the document's fonts: from the ASCII tables when they can, else the full shaper. */
function shapeIn(entry: Entry, text: string): Shaped {
  const ascii = ASCII_WORD.test(text) ? entry.shapes.ascii.shape(entry.font, text) : null;
  return ascii ? { width: ascii.width, tj: ascii.tj, offsets: null, maxId: ascii.maxId } : shapeFully(entry.font, text);
}

/** A word through the full OpenType shaper: ligatures, kerning, marks positioned by GPOS. */
export function shapeFully(font: PdfkitFont, text: string): Shaped {
  const [glyphs, pos, maxId] = encode(font, text);
  let width = 0;
  let offsets = false;
  const parts: string[] = [];
  let run: string[] = [];
  for (let i = 0; i < glyphs.length; i++) {
    const p = pos[i] as Position;
    run.push(glyphs[i] as string);
    width += p.xAdvance;
    if (p.xOffset || p.yOffset) offsets = true;
    const kern = p.xAdvance - p.advanceWidth;
    if (kern !== 0) {
      parts.push(`(${run.join('')}) ${num(-kern)}`);
      run = [];
    }
  }
  if (run.length > 0) parts.push(`(${run.join('')})`);
  return { width, tj: flat(parts.join(' ')), offsets: offsets ? { glyphs, pos } : null, maxId };
}

const ASCII_WORD = /^[\x21-\x7E]+$/;

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

/** Write the TJ operators for shaped text at a size: glyph by glyph where marks are positioned by GPOS. */
export function writeTj(out: ContentOut, parts: Shaped[], size: number, rise: number): void {
  let plain = true;
  for (let i = 0; i < parts.length; i++) if ((parts[i] as Shaped).offsets) plain = false;
  if (plain) {
    out.put('[');
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) out.put(' ');
      out.put((parts[i] as Shaped).tj);
    }
    out.line('] TJ');
    return;
  }
  out.line(tjOps(parts, size, rise));
}

/** The TJ operators for shaped text with marks positioned by GPOS (rare with NFC text), as one string. */
function tjOps(parts: Shaped[], size: number, rise: number): string {
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
      arr.push(`${q.xOffset ? num(-q.xOffset) : ''} (${glyphs[i]}) ${num(q.xOffset - (q.xAdvance - q.advanceWidth))}`.trim());
      if (q.yOffset) {
        flush();
        out.push(`${num(rise)} Ts`);
      }
    }
  }
  flush();
  return out.join('\n');
}
