// Character-level clean-up shared by every step of the parser.

/** A literal HTML line-break tag: "<br>", "<br/>", "<br />". */
const BREAK_TAG = /<br\s*\/?>/gi;

/**
 * NFC (so "Phạm" typed with combining marks equals the precomposed form), Unix line ends,
 * no BOM or zero-width characters, no-break and other odd spaces turned into plain spaces.
 * Curly quotes and apostrophes are left as the source wrote them. A line-break tag left in copied
 * text ("…정세 공유<br /><br />한국과 미국…", a feed's markup) breaks the line, as it did on the page.
 */
export function normalizeText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(BREAK_TAG, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/[\uFEFF\u200B-\u200D\u2060\u00AD]/g, '')
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

/** Whitespace other than one plain space between words. */
const NOT_SINGLE_SPACE = /[^\S ]|\s\s/;

/** Collapses runs of whitespace to one space and trims. */
export function collapse(s: string): string {
  // Most lines have single spaces only: nothing to replace (a test is far cheaper than a replace).
  return (NOT_SINGLE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}

/**
 * Web copies often lose the space after a full stop ("relations.The two sides").
 * Only split where the stop follows a lowercase word (two letters or more) or a closing
 * bracket/quote, and the next word is capitalised and continues in lowercase, so "U.S.",
 * "e.g.", decimals ("1.5") and domains ("mofa.go.kr") stay intact.
 */
export function splitGluedSentences(s: string): string {
  return s.replace(/(?<=(?:\p{Ll}{2}|[)\]”’"]))([.!?])(?=\p{Lu}\p{Ll})/gu, '$1 ');
}

/** The clean text of a paragraph: whitespace collapsed, glued sentences separated. */
export function cleanParagraph(s: string): string {
  return splitGluedSentences(collapse(s));
}

/** Lowercase without diacritics, so "Phạm Bình Minh" and "Pham Binh Minh" compare equal. */
export { fold } from '../../../shared/fold.ts';

export function wordCount(s: string): number {
  // Counted by one pass over the characters: it runs on every line of every record.
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** JavaScript's \s: the characters trim() and /\s/ treat as white space. */
function isSpace(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff;
}

/** Ends like a sentence (a full stop, possibly inside a closing quote or bracket, guillemets included: "….»"). */
export function endsSentence(s: string): boolean {
  return /[.!?…。][”’"')\]»]*$/.test(s.trim());
}

/**
 * Opens on a lowercase word of letters (cased scripts only): the rest of a sentence begun on the line
 * above ("… Ms." / "his cordial welcome …", "Chủ" / "tịch Quốc hội …"). A number, a mark or a capital
 * says nothing: a date line, a list or a new sentence may start there.
 */
export function opensLowercase(s: string): boolean {
  return /^\p{Ll}[\p{L}\p{M}'’-]*(?=[\s,;.]|$)/u.test(s.trim());
}
