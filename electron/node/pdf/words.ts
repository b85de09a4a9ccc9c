// Words for line breaking: text split at spaces (and between CJK ideographs) into words, each word
// into runs by the font that has its glyphs, with the kinsoku rules that glue words together. Every
// word of a book passes through here, so the lookups are made to be cheap: see WordTable.

import type { Shaped } from './shaping.ts';
import { type Coverage, cleanText, FALLBACK, type Face, type FontName, resolveCluster, type Span } from './text.ts';
import { WordList } from './wordlist.ts';

export { WordList };

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Scripts written without spaces between words: a line may break between any two of these characters.
// Hangul is not here: Korean is written with spaces and breaks at them, never between syllables.
const BREAK_ANYWHERE =
  /[\u2E80-\u2FFF\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFF60]/u;
// Kinsoku: never at the start of a line (they close what came before) / never at the end of one.
export const CLOSING = /^[)\]}»›’”,.;:!?%、。，．：；！？）」』】〕〉》｝〗〙〛ー々〻‐゠–〜～…]/u;
export const OPENING = /[([{«‹‘“（「『【〔〈《｛〖〘〚]$/u;
// The printable ASCII characters CLOSING and OPENING match, for new plain-ASCII words (no regex per word).
const asciiMatching = (re: RegExp) =>
  new Set([...Array(0x7f - 0x21).keys()].map((i) => i + 0x21).filter((c) => re.test(String.fromCharCode(c))));
export const CLOSING_ASCII = asciiMatching(CLOSING);
export const OPENING_ASCII = asciiMatching(OPENING);
// Printable ASCII is in every Latin font we use: no grapheme segmentation or coverage lookups needed.
const PLAIN_ASCII = /^[\x21-\x7E]+$/;

/**
 * Part of a word: text in one font, whether the line may break before it (CJK ideographs), and whether it
 * starts with closing punctuation / ends with an opening bracket (kinsoku), worked out once per word. A
 * word's pieces are a chain through `next` (most words are one piece: one object to read, no array).
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
  next: Piece | null;
};

/**
 * Words of one face and their first pieces, in an open-addressing hash table. The tokeniser computes a
 * word's hash while scanning for the space that ends it and compares characters in place, so a word it has
 * seen before costs no substring and no second pass over its characters. A slot's hash, word and piece sit
 * side by side in one array (three entries a slot): a lookup reads one place in memory, not three, which
 * matters when the table holds a hundred thousand words and every word of the book is looked up.
 */
class WordTable {
  private slots: (number | string | Piece | undefined)[] = new Array(3 << 12);
  private capacity = 1 << 12;
  private size = 0;

  find(src: string, start: number, end: number, hash: number): Piece | undefined {
    const mask = this.capacity - 1;
    const slots = this.slots;
    const len = end - start;
    for (let i = slot(hash, mask); ; i = (i + 1) & mask) {
      const at = i * 3;
      const h = slots[at];
      if (h === undefined) return undefined;
      if (h === hash) {
        const key = slots[at + 1] as string;
        if (key.length === len) {
          let k = 0;
          while (k < len && key.charCodeAt(k) === src.charCodeAt(start + k)) k += 1;
          if (k === len) return slots[at + 2] as Piece;
        }
      }
    }
  }

  add(word: string, hash: number, value: Piece): void {
    if (this.size >= 200_000) this.clear();
    if ((this.size + 1) * 2 > this.capacity) this.grow();
    this.put(word, hash, value);
    this.size += 1;
  }

  private put(word: string, hash: number, value: Piece): void {
    const mask = this.capacity - 1;
    let i = slot(hash, mask);
    while (this.slots[i * 3] !== undefined) i = (i + 1) & mask;
    this.slots[i * 3] = hash;
    this.slots[i * 3 + 1] = word;
    this.slots[i * 3 + 2] = value;
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Array(this.capacity * 3);
    for (let at = 0; at < old.length; at += 3) {
      const h = old[at];
      if (h !== undefined) this.put(old[at + 1] as string, h as number, old[at + 2] as Piece);
    }
  }

  private clear(): void {
    this.capacity = 1 << 12;
    this.slots = new Array(3 << 12);
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

/** A space-free fragment in one face split into font runs: the first of a chain of pieces. */
function pieces(fragment: string, face: Face, covers: Coverage): Piece {
  // Most new words of a book are printable ASCII: one piece in the face's first font, and kinsoku is
  // only about its first and last characters.
  if (PLAIN_ASCII.test(fragment)) {
    return {
      text: fragment,
      font: FALLBACK[face][0] ?? 'sans',
      breakBefore: false,
      closing: CLOSING_ASCII.has(fragment.charCodeAt(0)),
      opening: OPENING_ASCII.has(fragment.charCodeAt(fragment.length - 1)),
      shaped: undefined,
      shapedBy: undefined,
      next: null,
    };
  }
  const found: { text: string; font: FontName; breakBefore: boolean }[] = [];
  {
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
  let chain: Piece | null = null;
  for (let k = found.length - 1; k >= 0; k--) {
    const p = found[k] as (typeof found)[number];
    chain = {
      text: p.text,
      font: p.font,
      breakBefore: p.breakBefore,
      closing: CLOSING.test(p.text),
      opening: OPENING.test(p.text),
      shaped: undefined,
      shapedBy: undefined,
      next: chain,
    };
  }
  return chain as Piece;
}

/** What the tokeniser needs of a document's shaper (shaping.ts): shape a word, or keep an earlier shape. */
export type WordShaper = {
  shapeWord(font: FontName, text: string): Shaped;
  reuse(font: FontName, shaped: Shaped): boolean;
};

/**
 * Split spans into words for line breaking: words separated by spaces, CJK characters one by one, hard
 * breaks on "\n". With a shaper, each run carries its shaped glyphs. Fills `into` (or a new list).
 */
export function tokenize(spans: Span[], covers: Coverage, shaper?: WordShaper, into: WordList = new WordList()): WordList {
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
      // Kept to 30 bits so it is a small integer in the slot array, never a boxed number.
      h &= 0x3fffffff;
      let first = cache.find(clean, i, j, h);
      if (first === undefined) {
        const word = i === 0 && j === n ? clean : clean.slice(i, j);
        first = pieces(word, span.face, covers);
        cache.add(word, h, first);
      }
      i = j;
      for (let p: Piece | null = first; p !== null; p = p.next) {
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
          if (shaper) {
            // Pieces outlive a document; their shape is good for the document whose shaper made it or
            // reused it (Latin words, whose glyph numbering all documents share).
            if (p.shapedBy !== shaper) {
              if (p.shaped === undefined || !shaper.reuse(p.font, p.shaped)) p.shaped = shaper.shapeWord(p.font, p.text);
              p.shapedBy = shaper;
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
