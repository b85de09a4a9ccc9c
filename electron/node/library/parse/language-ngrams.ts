// Languages the function-word lists (language.ts) do not know, or tell apart badly on a short text:
// Romanian (read as French), Turkish, Icelandic and Norwegian (read as Danish), Finnish, Hungarian,
// Estonian, Latvian, Lithuanian, Slovene, Croatian, Albanian, Tagalog, and Polish, Czech or Slovak
// written with few of their own letters. The letter-sequence (n-gram) detector `eld` knows them; it is
// asked only after the scripts and the function words, and heard only when it is sure of a language of
// this list and English's own words do not fill the text (a story on Latvian officials stays English).

import { eld } from 'eld/extrasmall';
import { croatianOrSerbian } from './language-slavic.ts';

/** Latin-script languages the n-gram detector may name, the function words being weak or blind there. */
const BACKED = new Set([
  'ro',
  'tr',
  'is',
  'no',
  'fi',
  'hu',
  'et',
  'lv',
  'lt',
  'sl',
  'hr',
  'sq',
  'az',
  'eu',
  'tl',
  'pl',
  'cs',
  'sk',
]);
/** The detector's own score (0..1) at or over which a language of BACKED is taken. */
const SURE = 0.7;
/** Words only English writes ("a", "in", "to", "was" are other languages' words too). */
const ENGLISH_ONLY = new Set(['the', 'and', 'of', 'that', 'with', 'said', 'which', 'from', 'have', 'this']);
/** English's own words making this share of a text's words keep it English (a plain English story: about a tenth or more). */
const ENGLISH_SHARE = 0.15;

/** The language the n-gram detector is sure of, when it is one of BACKED and the text is not English; else null. */
export function ngramLanguage(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let english = 0;
  for (const w of words) if (ENGLISH_ONLY.has(w)) english++;
  if (english >= ENGLISH_SHARE * words.length) return null;
  const result = eld.detect(text);
  if (!BACKED.has(result.language) || !result.isReliable()) return null;
  if ((result.getScores()[result.language] ?? 0) < SURE) return null;
  // The detector's "Croatian" is Serbian written in Latin letters as well: told by each one's own spellings and words.
  return result.language === 'hr' ? croatianOrSerbian(text, 'hr') : result.language;
}
