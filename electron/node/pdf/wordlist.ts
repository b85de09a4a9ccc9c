// A paragraph's words as the tokeniser (words.ts) hands them to line breaking (linebreak.ts).

import type { Shaped } from './shaping.ts';
import type { FontName, Run, Span } from './text.ts';

/**
 * A paragraph's words in flat arrays, reused from one paragraph to the next: a thousand-page book has
 * hundreds of thousands of words, and an object per word and per run would keep the garbage collector busy.
 * Word `w` is runs runStart[w]..runEnd[w] (runStart -1: a hard line break); a run is text in one font.
 * The arrays are good until the next tokenize() into the same list.
 */
export class WordList {
  /** Words and hard breaks. */
  count = 0;
  runStart = new Int32Array(256);
  runEnd = new Int32Array(256);
  /** The span of the space before the word (null: none, or the word starts its paragraph or follows a break). */
  space: (Span | null)[] = [];
  /** 1: no line break allowed before this word (it starts with closing punctuation, or follows an opening bracket). */
  glue = new Uint8Array(256);
  runs = 0;
  text: string[] = [];
  font: FontName[] = [];
  span: Span[] = [];
  shaped: (Shaped | undefined)[] = [];

  reset(): void {
    this.count = 0;
    this.runs = 0;
  }

  /** Open a new word; its runs follow. */
  addWord(space: Span | null, glue: boolean): void {
    const w = this.count;
    if (w === this.runStart.length) this.grow();
    this.runStart[w] = this.runs;
    this.runEnd[w] = this.runs;
    this.space[w] = space;
    this.glue[w] = glue ? 1 : 0;
    this.count = w + 1;
  }

  addBreak(): void {
    const w = this.count;
    if (w === this.runStart.length) this.grow();
    this.runStart[w] = -1;
    this.runEnd[w] = -1;
    this.space[w] = null;
    this.glue[w] = 0;
    this.count = w + 1;
  }

  /** Add a run to the last word. */
  addRun(text: string, font: FontName, span: Span, shaped: Shaped | undefined): void {
    const r = this.runs;
    this.text[r] = text;
    this.font[r] = font;
    this.span[r] = span;
    this.shaped[r] = shaped;
    this.runs = r + 1;
    this.runEnd[this.count - 1] = r + 1;
  }

  /** The words as lists of runs (for tests and debugging). */
  toRuns(): (Run[] | 'break')[] {
    const out: (Run[] | 'break')[] = [];
    for (let w = 0; w < this.count; w++) {
      const a = this.runStart[w] as number;
      if (a < 0) {
        out.push('break');
        continue;
      }
      const runs: Run[] = [];
      for (let r = a; r < (this.runEnd[w] as number); r++) {
        runs.push({
          text: this.text[r] as string,
          font: this.font[r] as FontName,
          span: this.span[r] as Span,
          shaped: this.shaped[r],
        });
      }
      out.push(runs);
    }
    return out;
  }

  private grow(): void {
    const n = this.runStart.length * 2;
    const grown = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.runStart = grown(this.runStart);
    this.runEnd = grown(this.runEnd);
    const g = new Uint8Array(n);
    g.set(this.glue);
    this.glue = g;
  }
}
