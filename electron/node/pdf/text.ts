// Text preparation for the PDF renderer: normalisation and font fallback by glyph coverage (words.ts
// splits text into words for line breaking). No pdfkit here: coverage comes in as a callback.

import { isoToLongDate } from '../../shared/dates.ts';
import type { Shaped } from './shaping.ts';

/** A face family the renderer can ask for; each maps to an ordered fallback chain of font files. */
export type Face = 'regular' | 'bold' | 'italic' | 'bold-italic';

/** Registered font names, one per TTF file. */
export type FontName = 'sans' | 'sans-bold' | 'sans-italic' | 'sans-bold-italic' | 'kr' | 'kr-bold';

// Noto Sans lacks arrows and geometric bullets (→ ▪ ●); Noto Sans KR has them, so it is the symbol
// fallback too. Noto Sans KR has no italic: Hangul in an italic run is set upright, as Korean typesetting does.
export const FALLBACK: Record<Face, readonly FontName[]> = {
  regular: ['sans', 'kr'],
  bold: ['sans-bold', 'kr-bold'],
  italic: ['sans-italic', 'sans', 'kr'],
  'bold-italic': ['sans-bold-italic', 'sans-bold', 'kr-bold'],
};

export type Coverage = (font: FontName, codePoint: number) => boolean;

/** A piece of text in one style, as the renderer hands it to the typesetter. `rise` raises it (footnote marks). */
export type Span = { text: string; face: Face; size: number; color: string; rise?: number };

/** A run of text drawn in a single font file, with its shaped glyphs when the tokeniser was given a shaper. */
export type Run = { text: string; font: FontName; span: Span; shaped?: Shaped | undefined };

// Characters that must never reach the PDF: C0/C1 controls (except tab and newline), zero-width and
// directional formatting marks, variation selectors, soft hyphen, BOM, object replacement.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: U+034F and the variation selectors are removed on their own
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFC]|\uDB40[\uDD00-\uDDEF]/g;

const NEEDS_CLEANING = new RegExp(`${INVISIBLE.source}|[\\r\\u2028\\u2029\\u0085\\t\\u000B\\u1680\\u2000-\\u200A\\u205F\\u3000]`);

/**
 * Whether every character is one that is NFC on its own and never changes here: printable ASCII, newline,
 * precomposed Latin (Latin-1, Extended-A/B, Vietnamese), Greek and Cyrillic letters, Hangul syllables and
 * common punctuation. No combining marks (they may compose with what precedes them), no spaces or
 * invisibles to clean. One scan instead of a regular expression, normalize() and a second one: most
 * paragraphs of a book pass, and every paragraph is cleaned.
 */
function alreadyClean(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x7f) {
      if (c < 0x20 && c !== 10) return false;
    } else if (c < 0xa0) return false;
    else if (c <= 0x24f) {
      if (c === 0xad) return false;
    } else if (c >= 0x370 && c <= 0x3ff) {
      // Greek: U+0374 and U+037E are singletons that NFC maps to other characters.
      if (c === 0x374 || c === 0x37e || c === 0x387) return false;
    } else if (c >= 0x400 && c <= 0x482) {
      // Cyrillic letters (combining marks start at U+0483).
    } else if (c >= 0x1e00 && c <= 0x1eff) {
      // Latin Extended Additional: precomposed Vietnamese letters.
    } else if (c >= 0xac00 && c <= 0xd7a3) {
      // Hangul syllables.
    } else if (c >= 0x2010 && c <= 0x2027) {
      // Dashes, quotes, bullets, ellipsis.
    } else return false;
  }
  return true;
}

/** NFC, unified line breaks, tabs and exotic spaces to plain spaces, invisible characters removed. */
export function cleanText(input: string): string {
  // Most text is printable ASCII, precomposed letters and Hangul: already NFC, nothing to remove or replace.
  if (alreadyClean(input)) return input;
  const nfc = input.normalize('NFC');
  // Korean and Vietnamese text is rarely anything but NFC letters and spaces: one scan, not three replaces.
  if (!NEEDS_CLEANING.test(nfc)) return nfc;
  return (
    nfc
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      .replace(INVISIBLE, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: vertical tab to space
      .replace(/[\t\u000B\u1680\u2000-\u200A\u205F\u3000]/g, ' ')
  );
}

/** Single line for headings, metadata and file names: all whitespace runs become one space. */
export function oneLine(input: string): string {
  return cleanText(input).replace(/\s+/g, ' ').trim();
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0) ?? 0);
  return out;
}

/** The first font of the face's chain that has a glyph for every code point of the cluster, or null. */
export function fontFor(cluster: string, face: Face, covers: Coverage): FontName | null {
  const cps = codePoints(cluster);
  for (const font of FALLBACK[face]) {
    if (cps.every((cp) => covers(font, cp))) return font;
  }
  return null;
}

/**
 * What to draw for a grapheme cluster: itself in the font that covers it; failing that its decomposition
 * without the marks no font has (e.g. a rare accent), failing that U+FFFD or "?". Never a .notdef box.
 */
export function resolveCluster(cluster: string, face: Face, covers: Coverage): { text: string; font: FontName } {
  const direct = fontFor(cluster, face, covers);
  if (direct) return { text: cluster, font: direct };
  const decomposed = cluster.normalize('NFD');
  for (const font of FALLBACK[face]) {
    const kept = [...decomposed].filter((ch) => covers(font, ch.codePointAt(0) ?? 0)).join('');
    const first = decomposed.codePointAt(0) ?? 0;
    if (kept.length > 0 && covers(font, first)) return { text: kept.normalize('NFC'), font };
  }
  for (const font of FALLBACK[face]) if (covers(font, 0xfffd)) return { text: '\uFFFD', font };
  return { text: '?', font: FALLBACK[face][0] ?? 'sans' };
}

/** ISO date or timestamp to "18 September 2020"; anything else is returned as given, on one line. */
export function longDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  return isoToLongDate(iso) ?? oneLine(iso);
}

/** ISO date or timestamp to "2020-09-22" (the date part); anything else as given. */
export function shortDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  return m ? m[0] : oneLine(iso);
}
