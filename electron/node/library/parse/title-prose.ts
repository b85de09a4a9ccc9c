// Where a record's text begins: a line of prose (a sentence, or too long to be a heading), and prose
// in its place (not a headline in capitals, a slogan, a question posed as a headline, or a long
// headline right above its lead).

import { endsSentence, wordCount } from './text.ts';
import { isCapitals } from './title-letterhead.ts';
import { UNSPACED_LETTERS, UNSPACED_SCRIPT } from './title-lines.ts';
import { asksAsHeadline } from './title-shapes.ts';

/**
 * A line of prose: a sentence, or too long to be a heading. Headlines run long in Vietnamese,
 * where every syllable is a word, so a line without a full stop needs 25 words to be prose.
 */
export const isProse = (line: string): boolean => size(line) >= 25 || (endsSentenceHere(line) && size(line) >= 3);

/**
 * Words, counting Chinese and Japanese (written without spaces) at two characters a word. Thai-like
 * scripts space only between phrases and end a sentence on no stop: their phrases count, and a word
 * for every twelve characters (letters and vowel signs), so a lead of 200 characters and a dozen
 * phrases is prose and a headline of 100 characters is not.
 */
export const size = (line: string): number =>
  Math.max(
    wordCount(line),
    Math.round((line.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length / 2),
    UNSPACED_SCRIPT.test(line) ? wordCount(line) + Math.round((line.match(UNSPACED_LETTERS) ?? []).length / 12) : 0,
  );

/** A full stop inside a closing date in brackets ("회담 (10.18.)") does not end a sentence. */
/** An initialism's last full stop ("… Hawaii and D.C.", "… with the U.S."): it ends a headline's last word, not a sentence. */
const INITIALISM_END = /(?<![\p{L}.])(?:\p{Lu}\.){2,3}$/u;
export const endsSentenceHere = (line: string): boolean => {
  const t = line.replace(/\s*\([\d.\s~/-]+\)\s*$/, '');
  return endsSentence(t) && !(wordCount(t) <= 20 && INITIALISM_END.test(t.trim()));
};

/**
 * Prose in its place: a long line without a full stop directly above a paragraph of sentences
 * is a headline however long (Vietnamese and UN readout headlines run past 30 words).
 */
export const isProseAt = (line: string, i: number, lines: string[]): boolean => {
  if (!isProse(line) || isCapitals(line) || isSlogan(line, i, lines) || asksAsHeadline(line, size)) return false;
  if (endsSentenceHere(line) || size(line) >= 60 || /\s[•|]\s/.test(line)) return true;
  // The lead may sit below a short byline ("Ban Ki-Moon, Former Secretary-General"). An image and
  // its caption copied as markup ("![]() |", "| caption |") stand between a headline and its lead.
  const next = lines
    .slice(i + 1)
    .filter((l) => l.trim() !== '' && !IMAGE_MARKUP.test(l))
    .slice(0, 2);
  return !next.some((l) => endsSentenceHere(l) && size(l) >= 8);
};

/** An image or a caption cell copied as markup: "![]() |", "![alt](src)", "| Minister X meets Y. Photo: VNA |". */
const IMAGE_MARKUP = /^\s*(?:!\[[^\]]*\]\([^)]*\)\s*\|?|\|.*\|)\s*$/u;

/** A site's slogan above its headline ("Fana: At a Speed of Life!"): a short exclamation over a heading line. */
const isSlogan = (line: string, i: number, lines: string[]): boolean => {
  const next = lines.slice(i + 1).find((l) => l.trim() !== '');
  return /!\s*$/.test(line) && size(line) <= 8 && next !== undefined && !isProse(next);
};
