// Line breaking: spans of styled text into lines of pre-shaped glyph runs, greedy, with kinsoku (words
// glued by closing punctuation or opening brackets move together) and words wider than the line broken
// between characters. Runs for every paragraph of the book, so it works on plain arrays, not objects.

import type { Shaped, Shaper } from './shaping.ts';
import { type Coverage, FALLBACK, type Face, type FontName, type Span } from './text.ts';
import { tokenize, WordList } from './words.ts';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export type Item = { font: FontName; size: number; color: string; rise: number; x: number; width: number; parts: Shaped[] };
export type Line = { items: Item[]; width: number };

export class LineBreaker {
  private readonly shaper: Shaper;
  private readonly covers: Coverage;
  private readonly words = new WordList();
  // Per-paragraph scratch arrays, kept between calls (see WordList): word widths and glued units.
  private wordW = new Float64Array(256);
  private spaceW = new Float64Array(256);
  private unitStart = new Int32Array(256);
  private unitEnd = new Int32Array(256);
  private unitW = new Float64Array(256);

  constructor(shaper: Shaper, covers: Coverage) {
    this.shaper = shaper;
    this.covers = covers;
  }

  layout(spans: Span[], width: number, firstIndent = 0): Line[] {
    const words = tokenize(spans, this.covers, this.shaper, this.words);
    const shaper = this.shaper;
    const lines: Line[] = [];
    let cur: Line = { items: [], width: 0 };
    let avail = width - firstIndent;
    const pushLine = () => {
      lines.push(cur);
      cur = { items: [], width: 0 };
      avail = width;
    };
    const place = (shaped: Shaped, font: FontName, span: Span, space: Span | null) => {
      const size = span.size;
      const rise = span.rise ?? 0;
      let last = cur.items[cur.items.length - 1];
      if (space && last) {
        // The space goes in the preceding item's font, so it joins that item's glyph run.
        const sp = this.space(last.font);
        last.parts.push(sp);
        last.width += (sp.width * last.size) / 1000;
        cur.width = last.x + last.width;
      }
      const w = (shaped.width * size) / 1000;
      if (last && last.font === font && last.size === size && last.color === span.color && last.rise === rise) {
        last.parts.push(shaped);
        last.width += w;
      } else {
        last = { font, size, color: span.color, rise, x: cur.width, width: w, parts: [shaped] };
        cur.items.push(last);
      }
      cur.width = last.x + last.width;
    };
    // Words glued by kinsoku rules move to the next line together: a unit is a run of glued words,
    // words unitStart[u]..unitEnd[u], or a hard break (unitStart -1).
    const n = words.count;
    if (n > this.wordW.length) this.grow(n);
    const { wordW, spaceW, unitStart, unitEnd, unitW } = this;
    const { runStart, runEnd, text, font, span, shaped } = words;
    let units = 0;
    for (let t = 0; t < n; t++) {
      const a = runStart[t] as number;
      if (a < 0) {
        unitStart[units] = -1;
        unitEnd[units] = -1;
        unitW[units] = 0;
        units += 1;
        continue;
      }
      let w = 0;
      for (let r = a; r < (runEnd[t] as number); r++) {
        let s = shaped[r];
        if (s === undefined) {
          s = shaper.shape(font[r] as FontName, text[r] as string);
          shaped[r] = s;
        }
        w += (s.width * (span[r] as Span).size) / 1000;
      }
      const sp = words.space[t];
      const sw = sp ? (this.spaceWidth(sp.face) * sp.size) / 1000 : 0;
      wordW[t] = w;
      spaceW[t] = sw;
      const k = units - 1;
      if (words.glue[t] === 1 && k >= 0 && (unitStart[k] as number) >= 0) {
        unitEnd[k] = t + 1;
        unitW[k] = (unitW[k] as number) + sw + w;
      } else {
        unitStart[units] = t;
        unitEnd[units] = t + 1;
        unitW[units] = w;
        units += 1;
      }
    }
    for (let u = 0; u < units; u++) {
      const start = unitStart[u] as number;
      if (start < 0) {
        pushLine();
        continue;
      }
      const lead = cur.items.length > 0 ? (spaceW[start] as number) : 0;
      if (cur.items.length > 0 && cur.width + lead + (unitW[u] as number) > avail + 0.01) pushLine();
      const end = unitEnd[u] as number;
      for (let t = start; t < end; t++) {
        const first = cur.items.length === 0;
        const a = runStart[t] as number;
        const b = runEnd[t] as number;
        if (first && (wordW[t] as number) > avail + 0.01) {
          // A word wider than the line (a URL, a long identifier): break it between characters.
          for (let r = a; r < b; r++) {
            const f = font[r] as FontName;
            for (const { segment } of graphemes.segment(text[r] as string)) {
              const g = shaper.shape(f, segment);
              const cw = (g.width * (span[r] as Span).size) / 1000;
              if (cur.items.length > 0 && cur.width + cw > avail + 0.01) pushLine();
              place(g, f, span[r] as Span, null);
            }
          }
          continue;
        }
        for (let r = a; r < b; r++) {
          place(shaped[r] as Shaped, font[r] as FontName, span[r] as Span, r === a && !first ? (words.space[t] ?? null) : null);
        }
      }
    }
    if (cur.items.length > 0 || lines.length === 0) lines.push(cur);
    return lines;
  }

  private grow(n: number): void {
    let size = this.wordW.length;
    while (size < n) size *= 2;
    this.wordW = new Float64Array(size);
    this.spaceW = new Float64Array(size);
    this.unitStart = new Int32Array(size);
    this.unitEnd = new Int32Array(size);
    this.unitW = new Float64Array(size);
  }

  private readonly spaces = new Map<FontName, Shaped>();

  /** A space in a font, shaped (looked up once per font, not once per word). */
  private space(font: FontName): Shaped {
    let s = this.spaces.get(font);
    if (s === undefined) {
      s = this.shaper.shape(font, ' ');
      this.spaces.set(font, s);
    }
    return s;
  }

  private readonly spaceWidths = new Map<Face, number>();

  /** A space's advance in the face's first font, in 1/1000 em. */
  private spaceWidth(face: Face): number {
    let w = this.spaceWidths.get(face);
    if (w === undefined) {
      w = this.shaper.shape(FALLBACK[face][0] ?? 'sans', ' ').width;
      this.spaceWidths.set(face, w);
    }
    return w;
  }
}
