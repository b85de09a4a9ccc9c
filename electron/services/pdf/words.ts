// Words for line breaking: text split at spaces (and between CJK ideographs) into words, each word
// into runs by the font that has its glyphs, with the kinsoku rules that glue words together. Every
// word of a book passes through here, so the lookups are made to be cheap: see WordTable.

import type { Shaped } from './shaping.ts';
import { type Coverage, cleanText, FALLBACK, type Face, type FontName, type Run, resolveCluster, type Span } from './text.ts';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Scripts written without spaces between words: a line may break between any two of these characters.
// Hangul is not here: Korean is written with spaces and breaks at them, never between syllables.
const BREAK_ANYWHERE =
  /[\u2E80-\u2FFF\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFF60]/u;
// Kinsoku: never at the start of a line (they close what came before) / never at the end of one.
const CLOSING = /^[)\]}»›’”,.;:!?%、。，．：；！？）」』】〕〉》｝〗〙〛ー々〻‐゠–〜～…]/u;
const OPENING = /[([{«‹‘“（「『【〔〈《｛〖〘〚]$/u;
// Printable ASCII is in every Latin font we use: no grapheme segmentation or coverage lookups needed.
const PLAIN_ASCII = /^[\x21-\x7E]+$/;

/**
 * Part of a word: text in one font, whether the line may break before it (CJK ideographs), and whether it
 * starts with closing punctuation / ends with an opening bracket (kinsoku), worked out once per word.
 */
type Piece = {
  text: string;
  font: FontName;
  breakBefore: boolean;
  closing: boolean;
  opening: boolean;
  /** Its shape in the document last laid out (glyph ids are numbered per document), and which one that was. */
  shaped: Shaped | undefined;
  shapedBy: unknown;
};

/**
 * Words of one face and their pieces, in an open-addressing hash table. The tokeniser computes a word's
 * hash while scanning for the space that ends it and compares characters in place, so a word it has seen
 * before costs no substring and no second pass over its characters.
 */
class WordTable {
  private keys: (string | undefined)[] = new Array(1 << 12);
  private hashes = new Int32Array(1 << 12);
  private values: (Piece[] | undefined)[] = new Array(1 << 12);
  private size = 0;

  find(src: string, start: number, end: number, hash: number): Piece[] | undefined {
    const mask = this.keys.length - 1;
    const len = end - start;
    for (let i = slot(hash, mask); ; i = (i + 1) & mask) {
      const key = this.keys[i];
      if (key === undefined) return undefined;
      if (this.hashes[i] === hash && key.length === len) {
        let k = 0;
        while (k < len && key.charCodeAt(k) === src.charCodeAt(start + k)) k += 1;
        if (k === len) return this.values[i];
      }
    }
  }

  add(word: string, hash: number, value: Piece[]): void {
    if (this.size >= 200_000) this.clear();
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.put(word, hash, value);
    this.size += 1;
  }

  private put(word: string, hash: number, value: Piece[]): void {
    const mask = this.keys.length - 1;
    let i = slot(hash, mask);
    while (this.keys[i] !== undefined) i = (i + 1) & mask;
    this.keys[i] = word;
    this.hashes[i] = hash;
    this.values[i] = value;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    this.keys = new Array(keys.length * 2);
    this.hashes = new Int32Array(keys.length * 2);
    this.values = new Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) this.put(key, hashes[i] as number, values[i] as Piece[]);
    }
  }

  private clear(): void {
    this.keys = new Array(1 << 12);
    this.hashes = new Int32Array(1 << 12);
    this.values = new Array(1 << 12);
    this.size = 0;
  }
}

function slot(hash: number, mask: number): number {
  return (hash ^ (hash >>> 15)) & mask;
}

// Per coverage function (one per set of fonts, reused across documents), one table per face.
const tables = new WeakMap<Coverage, Record<Face, WordTable>>();

function tablesFor(covers: Coverage): Record<Face, WordTable> {
  let t = tables.get(covers);
  if (!t) {
    t = { regular: new WordTable(), bold: new WordTable(), italic: new WordTable(), 'bold-italic': new WordTable() };
    tables.set(covers, t);
  }
  return t;
}

/** A space-free fragment in one face split into font runs. */
function pieces(fragment: string, face: Face, covers: Coverage): Piece[] {
  const found: { text: string; font: FontName; breakBefore: boolean }[] = [];
  if (PLAIN_ASCII.test(fragment)) {
    found.push({ text: fragment, font: FALLBACK[face][0] ?? 'sans', breakBefore: false });
  } else {
    let prevBreakable = false;
    let prevText = '';
    for (const { segment } of segmenter.segment(fragment)) {
      const breakable = BREAK_ANYWHERE.test(segment);
      const { text, font } = resolveCluster(segment, face, covers);
      const last = found[found.length - 1];
      // A run of characters no font has (Arabic, Thai, emoji…) shows as one replacement mark, not a row of them.
      if (text === '\uFFFD' && last?.text.endsWith('\uFFFD')) continue;
      const breakBefore = last !== undefined && (breakable || prevBreakable) && !CLOSING.test(segment) && !OPENING.test(prevText);
      if (last && last.font === font && !breakBefore) last.text += text;
      else found.push({ text, font, breakBefore });
      prevBreakable = breakable;
      prevText = segment;
    }
  }
  // Every piece has every field from the start: one object shape keeps the tokeniser's property reads fast.
  return found.map(
    (p): Piece => ({
      text: p.text,
      font: p.font,
      breakBefore: p.breakBefore,
      closing: CLOSING.test(p.text),
      opening: OPENING.test(p.text),
      shaped: undefined,
      shapedBy: undefined,
    }),
  );
}

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
        runs.push({ text: this.text[r] as string, font: this.font[r] as FontName, span: this.span[r] as Span, shaped: this.shaped[r] });
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

/**
 * Split spans into words for line breaking: words separated by spaces, CJK characters one by one, hard
 * breaks on "\n". With `shape`, each run carries its shaped glyphs. Fills `into` (or a new list).
 */
export function tokenize(
  spans: Span[],
  covers: Coverage,
  shape?: (font: FontName, text: string) => Shaped,
  into: WordList = new WordList(),
): WordList {
  const caches = tablesFor(covers);
  const words = into;
  words.reset();
  // Whether a word is open (its runs are being added), and whether the last word ended with an opening bracket.
  let open = false;
  let opening = false;
  // Whether the last thing was a word (not a break or the start): only then may the next word be glued to it.
  let afterWord = false;
  let pendingSpace: Span | null = null;
  for (const raw of spans) {
    const clean = cleanText(raw.text);
    const span = clean === raw.text ? raw : { ...raw, text: clean };
    const cache = caches[span.face];
    const n = clean.length;
    let i = 0;
    // Scanned by hand rather than split(): this loop sees every word of the book.
    while (i < n) {
      const c = clean.charCodeAt(i);
      if (c === 10 || c === 32) {
        if (open) {
          open = false;
          afterWord = true;
        }
        if (c === 10) {
          words.addBreak();
          afterWord = false;
          pendingSpace = null;
          i += 1;
        } else {
          if (afterWord) pendingSpace = span;
          while (i < n && clean.charCodeAt(i) === 32) i += 1;
        }
        continue;
      }
      // The word runs to the next space or line break; its hash is computed on the way (see WordTable).
      let j = i + 1;
      let h = c;
      while (j < n) {
        const d = clean.charCodeAt(j);
        if (d === 32 || d === 10) break;
        h = (Math.imul(h, 31) + d) | 0;
        j += 1;
      }
      let list = cache.find(clean, i, j, h);
      if (list === undefined) {
        const word = i === 0 && j === n ? clean : clean.slice(i, j);
        list = pieces(word, span.face, covers);
        cache.add(word, h, list);
      }
      i = j;
      for (let k = 0; k < list.length; k++) {
        const p = list[k] as Piece;
        if (p.breakBefore && open) {
          open = false;
          afterWord = true;
        }
        if (!open) {
          words.addWord(pendingSpace, afterWord && (p.closing || opening));
          pendingSpace = null;
          open = true;
        }
        const last = words.runs - 1;
        if (last >= (words.runStart[words.count - 1] as number) && words.font[last] === p.font && words.span[last] === span) {
          // Pieces of one font glued across a kinsoku boundary: one run, shaped as a whole.
          words.text[last] += p.text;
          words.shaped[last] = undefined;
        } else {
          let shaped: Shaped | undefined;
          if (shape) {
            // Pieces outlive a document; their shape is good for the document whose shape function made it.
            if (p.shapedBy !== shape) {
              p.shaped = shape(p.font, p.text);
              p.shapedBy = shape;
            }
            shaped = p.shaped;
          }
          words.addRun(p.text, p.font, span, shaped);
        }
        opening = p.opening;
      }
    }
  }
  return words;
}
