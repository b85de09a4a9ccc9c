// The page's masthead: the site's or the issuing body's name printed above the headline ("T.C. Ankara
// Büyükşehir Belediyesi", "Học viện Chính trị quốc gia Hồ Chí Minh", "Pagina oficială a Municipiului
// Chișinău"). The lead names that body too, so the masthead shares the lead's words as a headline does;
// but it shares them as one name, words the lead prints together and in capitals, and it reports
// nothing done. A headline tells what happened: its words lie across the lead's sentence.

import { datesMeetingWord } from './dates/words.ts';

const WORD = /[\p{L}\p{M}]+/gu;
/**
 * What a headline tells and a body's name never holds: a visiting party, its hosts' reception, the guests, in the
 * desks' everyday words ("Delegation aus …", "Empfang im Rathaus", "zu Gast", "délégation", "đoàn công tác",
 * "대표단", "代表团", "heyet"), beside the meeting words the dates read (words.ts).
 */
const EVENT_WORDS =
  /(?<![\p{L}])(?:delega(?:tion|ción|ção|zione|cja|cji|tie|sjon|sjonen|si)\p{L}*|délégation\p{L}*|делегаци\p{L}*|делегаці\p{L}*|heyet\p{L}*|empf(?:ang|änge)\p{L}*|\p{L}*empfang|r[eé]ception|recepci[oó]n|recepção|ricevimento|przyjęci\p{L}*|при[её]м|прийом|g(?:ast|äste)|guests?|invités?|ospit[ei]|goście|gości|гост(?:и|ей)|đoàn(?:\s+công\s+tác|\s+đại\s+biểu)?|khách|chiêu\s+đãi)(?![\p{L}])|대표단|방문단|사절단|代表[团團団]|訪問[团團団]|来访|來訪|来訪|歓迎|欢迎|歡迎/iu;
/** Scripts written without spaces: their names are not read as a run of words here. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Words of four letters or more are compared, as title-lead.ts does: shorter ones are the language's glue. */
const LONG_WORD = 4;
/** A word's stem: its first five letters, accents off ("Belediyesi" / "Belediye", "Municipiului" / "Municipiul"). */
const STEM_LETTERS = 5;

const plain = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const stem = (w: string): string => plain(w).slice(0, STEM_LETTERS);

/**
 * Whether the line is a masthead the lead names: it reports no meeting, and the words it shares with the lead
 * (one at least) stand in the lead together, within the line's own length, half of them or more in capitals
 * there, as a body's or a town's name is written in a sentence.
 */
export function isMastheadOfLead(line: string, lead: string | undefined): boolean {
  if (lead === undefined || UNSPACED.test(line) || datesMeetingWord(line) || EVENT_WORDS.test(line)) return false;
  const said = [...lead.matchAll(WORD)].map((m) => m[0]);
  const keys = said.map((w) => [w.toLowerCase(), stem(w)] as const);
  // Where the lead prints each of the line's long words: as written, or a long word on its stem.
  const places = [...line.matchAll(WORD)]
    .map((m) => m[0])
    .filter((w) => w.length >= LONG_WORD)
    .map((w) => {
      const low = w.toLowerCase();
      const long = w.length > STEM_LETTERS;
      return keys.flatMap(([l, s], k) => (l === low || (long && s === stem(w)) ? [k] : []));
    })
    .filter((ks) => ks.length > 0);
  if (places.length === 0) return false;
  const span = [...line.matchAll(WORD)].length + 1;
  // One place in the lead from which all of them stand within the line's length, half or more in capitals there.
  return places.flat().some((from) => {
    const near = places.map((ks) => ks.find((k) => k >= from && k < from + span));
    if (near.some((k) => k === undefined)) return false;
    const capitals = near.filter((k) => /^\p{Lu}/u.test(said[k ?? -1] ?? '')).length;
    return capitals * 2 >= near.length;
  });
}
