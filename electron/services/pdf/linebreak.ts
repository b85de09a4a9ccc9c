// Line breaking: spans of styled text into lines of pre-shaped glyph runs, greedy, with kinsoku (words
// glued by closing punctuation or opening brackets move together) and words wider than the line broken
// between characters. Runs for every paragraph of the book, so it works on plain arrays, not objects.

import type { Shaped, Shaper } from './shaping.ts';
import { type Coverage, FALLBACK, type Face, type FontName, type Run, type Span } from './text.ts';
import { type Token, TokenPool, tokenize } from './words.ts';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export type Item = { font: FontName; size: number; color: string; rise: number; x: number; width: number; parts: Shaped[] };
export type Line = { items: Item[]; width: number };

export class LineBreaker {
  private readonly shaper: Shaper;
  private readonly covers: Coverage;
  private readonly shape: (font: FontName, text: string) => Shaped;
  private readonly tokenPool = new TokenPool();

  constructor(shaper: Shaper, covers: Coverage) {
    this.shaper = shaper;
    this.covers = covers;
    this.shape = (font, text) => shaper.shape(font, text);
  }

  layout(spans: Span[], width: number, firstIndent = 0): Line[] {
    const tokens = tokenize(spans, this.covers, this.shape, this.tokenPool);
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
        const sp = shaper.shape(last.font, ' ');
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
    // tokens[unitStart[u]..unitEnd[u]), or a hard break (unitStart -1). Plain arrays: this runs for every word.
    const wordW: number[] = new Array(tokens.length);
    const spaceW: number[] = new Array(tokens.length);
    const unitStart: number[] = [];
    const unitEnd: number[] = [];
    const unitW: number[] = [];
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t] as Token;
      if (tok.kind === 'break') {
        unitStart.push(-1);
        unitEnd.push(-1);
        unitW.push(0);
        continue;
      }
      const runs = tok.runs;
      let w = 0;
      for (let r = 0; r < runs.length; r++) {
        const run = runs[r] as Run;
        run.shaped ??= shaper.shape(run.font, run.text);
        w += (run.shaped.width * run.span.size) / 1000;
      }
      const sp = tok.spaceBefore;
      const sw = sp ? (this.spaceWidth(sp.face) * sp.size) / 1000 : 0;
      wordW[t] = w;
      spaceW[t] = sw;
      const k = unitStart.length - 1;
      if (tok.glue && k >= 0 && (unitStart[k] as number) >= 0) {
        unitEnd[k] = t + 1;
        unitW[k] = (unitW[k] as number) + sw + w;
      } else {
        unitStart.push(t);
        unitEnd.push(t + 1);
        unitW.push(w);
      }
    }
    for (let u = 0; u < unitStart.length; u++) {
      const start = unitStart[u] as number;
      if (start < 0) {
        pushLine();
        continue;
      }
      const lead = cur.items.length > 0 ? (spaceW[start] as number) : 0;
      if (cur.items.length > 0 && cur.width + lead + (unitW[u] as number) > avail + 0.01) pushLine();
      const end = unitEnd[u] as number;
      for (let t = start; t < end; t++) {
        const word = tokens[t] as Extract<Token, { kind: 'word' }>;
        const first = cur.items.length === 0;
        if (first && (wordW[t] as number) > avail + 0.01) {
          // A word wider than the line (a URL, a long identifier): break it between characters.
          for (const run of word.runs) {
            for (const { segment } of graphemes.segment(run.text)) {
              const shaped = shaper.shape(run.font, segment);
              const cw = (shaped.width * run.span.size) / 1000;
              if (cur.items.length > 0 && cur.width + cw > avail + 0.01) pushLine();
              place(shaped, run.font, run.span, null);
            }
          }
          continue;
        }
        for (let r = 0; r < word.runs.length; r++) {
          const run = word.runs[r] as Run;
          place(run.shaped as Shaped, run.font, run.span, r === 0 && !first ? word.spaceBefore : null);
        }
      }
    }
    if (cur.items.length > 0 || lines.length === 0) lines.push(cur);
    return lines;
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
