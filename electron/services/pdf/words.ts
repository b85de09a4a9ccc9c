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

/** A word (unbreakable except when it is wider than the line) made of runs, possibly in several fonts. */
export type Token =
  | {
      kind: 'word';
      runs: Run[];
      spaceBefore: Span | null;
      /** No line break allowed before this word (it starts with closing punctuation, or follows an opening bracket). */
      glue: boolean;
      /** Its last run ends with an opening bracket: the next word is glued to it. */
      opening: boolean;
    }
  | { kind: 'break' };

type WordToken = Extract<Token, { kind: 'word' }>;

const BREAK: Token = { kind: 'break' };

/**
 * Token objects reused from one tokenize() call to the next. The typesetter tokenises every paragraph of
 * the book and drops the tokens as soon as the lines are made: reusing them spares the garbage collector
 * a million short-lived objects in a thousand-page book. Tokens from a pool are valid until its next use.
 */
export class TokenPool {
  readonly tokens: Token[] = [];
  private readonly words: WordToken[] = [];
  private readonly runs: Run[] = [];
  private nWords = 0;
  private nRuns = 0;

  reset(): Token[] {
    this.tokens.length = 0;
    this.nWords = 0;
    this.nRuns = 0;
    return this.tokens;
  }

  word(spaceBefore: Span | null, glue: boolean): WordToken {
    let w = this.words[this.nWords];
    if (w === undefined) {
      w = { kind: 'word', runs: [], spaceBefore, glue, opening: false };
      this.words.push(w);
    } else {
      w.runs.length = 0;
      w.spaceBefore = spaceBefore;
      w.glue = glue;
      w.opening = false;
    }
    this.nWords += 1;
    return w;
  }

  run(text: string, font: FontName, span: Span, shaped: Shaped | undefined): Run {
    let r = this.runs[this.nRuns];
    if (r === undefined) {
      r = { text, font, span, shaped };
      this.runs.push(r);
    } else {
      r.text = text;
      r.font = font;
      r.span = span;
      r.shaped = shaped;
    }
    this.nRuns += 1;
    return r;
  }
}

/** Tokenise spans for line breaking: words separated by spaces, CJK characters one by one, hard breaks on "\n". */
export function tokenize(
  spans: Span[],
  covers: Coverage,
  shape?: (font: FontName, text: string) => Shaped,
  pool?: TokenPool,
): Token[] {
  const caches = tablesFor(covers);
  const tokens: Token[] = pool ? pool.reset() : [];
  let cur: WordToken | null = null;
  let pendingSpace: Span | null = null;
  // The last token if it is a word (a hard break in between ends gluing and spaces).
  let lastWord: WordToken | null = null;
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
        if (cur !== null) {
          if (cur.runs.length > 0) {
            tokens.push(cur);
            lastWord = cur;
          }
          cur = null;
        }
        if (c === 10) {
          tokens.push(BREAK);
          lastWord = null;
          pendingSpace = null;
          i += 1;
        } else {
          if (lastWord) pendingSpace = span;
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
        if (p.breakBefore && cur !== null) {
          if (cur.runs.length > 0) {
            tokens.push(cur);
            lastWord = cur;
          }
          cur = null;
        }
        if (cur === null) {
          const prev = lastWord as WordToken | null;
          const glue: boolean = prev !== null && (p.closing || prev.opening);
          cur = pool
            ? pool.word(pendingSpace, glue)
            : { kind: 'word', runs: [], spaceBefore: pendingSpace, glue, opening: false };
          pendingSpace = null;
        }
        const word: WordToken = cur;
        const last = word.runs[word.runs.length - 1];
        if (last && last.font === p.font && last.span === span) {
          last.text += p.text;
          last.shaped = undefined;
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
          word.runs.push(pool ? pool.run(p.text, p.font, span, shaped) : { text: p.text, font: p.font, span, shaped });
        }
        word.opening = p.opening;
      }
    }
  }
  if (cur !== null && (cur as WordToken).runs.length > 0) tokens.push(cur);
  return tokens;
}
