// Whether a participant's name may teach the directory. What the directory learns it finds again
// in every later record, so a wrong reading would multiply: an office or rank read as a name
// ("外務大臣", "三等"), a bare Japanese family name ("鈴木"). A desk officer's word is always learnt.
// (A reading the parser flagged for a check is still learnt: most are real people named once, late.)
import { TITLE } from '../library/parse/participants/cjk-offices.ts';

/** A name in Chinese characters only. */
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Kana: the record is written in Japanese. */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** An office's head noun ending the name: "外務大臣", "総領事", "市長". */
const ENDS_IN_OFFICE = new RegExp(`(?:${TITLE.source})$`, 'u');

/**
 * Not worth learning: a Han "name" that ends in an office;
 * in a Japanese record, a Han name of two characters or fewer (a family name alone: a Japanese full
 * name in kanji has family and given name, three characters or more).
 */
export function learnable(name: string, texts: readonly string[], confirmed: boolean): boolean {
  if (confirmed) return true;
  if (!HAN_ONLY.test(name)) return true;
  if (ENDS_IN_OFFICE.test(name)) return false;
  return !(name.length <= 2 && texts.some((t) => KANA.test(t)));
}
