// Plain ASCII words (most of an English book) put together from cached glyphs, cached kerning pairs and
// cached ligatures instead of running fontkit's OpenType shaper on every new word: fontkit takes over a
// tenth of a millisecond per word, and a thousand-page book has tens of thousands of distinct words.
// What the shaper does to a pair of characters (kern them, or join them into a ligature such as "fi") is
// learnt once per font by shaping that pair; anything else (marks, contextual forms, a pair whose glyphs
// change) sends the word through the full shaper.

import { encode, type PdfkitFont, type Position } from './glyphs.ts';

/** A word's advance (1/1000 em), its TJ fragment and highest glyph id: what Shaped needs. */
export type AsciiShape = { width: number; tj: string; maxId: number };

// Units are characters (0–127) and the ligatures found so far (128–255).
const UNITS = 256;
const UNKNOWN = 0;
const NO_LIGATURE = -1;

export class AsciiTable {
  /** A unit's glyph as the bytes of a literal string (glyphs.ts glyphCode), in the shared numbering. */
  private readonly code: (string | undefined)[] = new Array(UNITS);
  private readonly id = new Int32Array(UNITS);
  private readonly adv = new Float64Array(UNITS);
  private readonly text: string[] = new Array(UNITS);
  /** Kerning between two units (first * 256 + second): NaN not yet known, +Infinity not two plain glyphs. */
  private readonly kern = new Float64Array(UNITS * UNITS).fill(Number.NaN);
  /** The ligature a unit and the next character (unit * 128 + character) make: UNKNOWN, NO_LIGATURE or its unit. */
  private readonly ligature = new Int16Array(UNITS * 128);
  private nextLigature = 128;
  /** The word being shaped, as units (reused). */
  private units = new Int32Array(64);

  /** The word shaped from the tables, or null when only the full shaper can do it. */
  shape(font: PdfkitFont, text: string): AsciiShape | null {
    const n = text.length;
    if (n > this.units.length) this.units = new Int32Array(n);
    const units = this.units;
    let count = 0;
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      if (c >= 128 || !this.knowChar(font, c)) return null;
      // A ligature may grow: f + f is "ff", and "ff" + i is "ffi".
      let unit = c;
      i += 1;
      while (i < n) {
        const lig = this.ligatureOf(font, unit, text.charCodeAt(i));
        if (lig < 0) break;
        unit = lig;
        i += 1;
      }
      units[count++] = unit;
    }
    let width = 0;
    let maxId = 0;
    const parts: string[] = [];
    let run = '';
    for (let k = 0; k < count; k++) {
      const u = units[k] as number;
      const id = this.id[u] as number;
      if (id > maxId) maxId = id;
      run += this.code[u];
      let kern = 0;
      if (k + 1 < count) {
        kern = this.kerning(font, u, units[k + 1] as number);
        if (kern === Number.POSITIVE_INFINITY) return null;
      }
      width += (this.adv[u] as number) + kern;
      if (kern !== 0) {
        parts.push(`(${run}) ${num(-kern)}`);
        run = '';
      }
    }
    if (run) parts.push(`(${run})`);
    return { width, tj: flat(parts.join(' ')), maxId };
  }

  /** Learn ahead what every pair of these characters does (kerning, ligature), as warming up does. */
  learnPairs(font: PdfkitFont, chars: string): void {
    for (let i = 0; i < chars.length; i++) {
      const a = chars.charCodeAt(i);
      if (a >= 128 || !this.knowChar(font, a)) continue;
      for (let j = 0; j < chars.length; j++) this.ligatureOf(font, a, chars.charCodeAt(j));
    }
  }

  /** Learn a character's glyph; false when it is not one plain glyph. */
  private knowChar(font: PdfkitFont, c: number): boolean {
    if (this.code[c] !== undefined) return true;
    const ch = String.fromCharCode(c);
    const [glyphs, pos, id] = encode(font, ch);
    if (glyphs.length !== 1) return false;
    this.learn(c, glyphs[0] as string, id, (pos[0] as Position).xAdvance, ch);
    return true;
  }

  private learn(unit: number, code: string, id: number, adv: number, text: string): void {
    this.code[unit] = code;
    this.id[unit] = id;
    this.adv[unit] = adv;
    this.text[unit] = text;
  }

  /** The ligature a unit and a character make, or NO_LIGATURE; shaping the pair also learns their kerning. */
  private ligatureOf(font: PdfkitFont, a: number, b: number): number {
    if (b >= 128) return NO_LIGATURE;
    const pair = a * 128 + b;
    const known = this.ligature[pair] as number;
    if (known !== UNKNOWN) return known;
    if (!this.knowChar(font, b)) {
      this.ligature[pair] = NO_LIGATURE;
      return NO_LIGATURE;
    }
    const text = (this.text[a] as string) + String.fromCharCode(b);
    const [glyphs, pos, id] = encode(font, text);
    const p0 = pos[0] as Position;
    let lig = NO_LIGATURE;
    if (glyphs.length === 1 && !p0.xOffset && !p0.yOffset && this.nextLigature < UNITS) {
      lig = this.nextLigature++;
      this.learn(lig, glyphs[0] as string, id, p0.xAdvance, text);
    } else this.kern[a * UNITS + b] = pairKerning(glyphs, pos, this.code[a] as string, this.code[b] as string);
    this.ligature[pair] = lig;
    return lig;
  }

  /** Kerning between two units (characters or ligatures), learnt by shaping them side by side. */
  private kerning(font: PdfkitFont, u: number, v: number): number {
    const key = u * UNITS + v;
    let k = this.kern[key] as number;
    if (Number.isNaN(k)) {
      const [glyphs, pos] = encode(font, (this.text[u] as string) + (this.text[v] as string));
      k = pairKerning(glyphs, pos, this.code[u] as string, this.code[v] as string);
      this.kern[key] = k;
    }
    return k;
  }
}

/** The kerning between the two glyphs a pair shaped to, or +Infinity if it is not those two plain glyphs. */
function pairKerning(glyphs: string[], pos: Position[], first: string, second: string): number {
  const p0 = pos[0] as Position;
  const p1 = pos[1];
  if (glyphs.length !== 2 || glyphs[0] !== first || glyphs[1] !== second) return Number.POSITIVE_INFINITY;
  if (p0.xOffset || p0.yOffset || p1?.xOffset || p1?.yOffset) return Number.POSITIVE_INFINITY;
  return p0.xAdvance - p0.advanceWidth;
}

/**
 * A string V8 keeps as one piece of memory. Strings built by concatenation are kept as trees until read,
 * and a TJ fragment is copied into every line that uses the word: reading it once here makes those copies
 * about three times cheaper.
 */
export function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

/** A number for a content stream: at most three decimals. */
export function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
