// A date block that opens the first paragraph, in the shape press offices and agencies share
// rather than per site: a place, a label or a source, a full date, then a dash, a bar or a bracket
// before the story itself. "Suva, Fiji, 15 September 2023 - Prime Minister …", "México, D.F., a 26
// de agosto de 2016.- El presidente …", "Pressemitteilung vom 25. Januar 2022 | Berlin – Die …",
// "[Bundesregierung - 14.06.2013] Bundeskanzlerin …". The date states its year: nothing is guessed.

import { isWeekdayName } from './dates/weekday-names.ts';
import type { DateMention, DateReader } from './dates.ts';

/** How far into the line the date may start: a place, a country and a label, no more. */
const LEAD_CHARS = 70;
/** The words before the date: a place and its country, a label ("Pressemitteilung vom"), a source in brackets. */
const MAX_WORDS_BEFORE = 6;
/**
 * After the date: a dash, a bar or a closing bracket, perhaps after a full stop ("2016.-"), or a full
 * stop alone before a capital ("Madrid, 17 de marzo de 2023. El ministro …"), then the story (a
 * letter or a quote, not another date).
 */
const SEPARATOR_THEN_TEXT = /^\s*(?:\.?\s*(?:[-–—|]|\])\s*[\p{L}"“«„]|\.\s+[\p{Lu}"“«„])/u;
/**
 * Before the date: no sentence has ended and no clause is under way (a verb's digits, a second date). A colon may close
 * the place, as releases print it: "Kolonia, Pohnpei: February 27, 2024- Governor …", "ISLAMABAD: 5 May 2021 – The …".
 */
const PLAIN_BEFORE = /^[[(]?[\p{L}\p{M}'’. ,–—-]*(?::\s*)?$/u;

/**
 * A date block in brackets, the place or the agency inside with the date: "(Kiel, 26. Juni 2019) Der Präsident …",
 * "RSS (KATHMANDU, 29 March 2022) – Foreign Minister …", "BANDARLAMPUNG (15/1/2018) – Wali Kota …". Before the
 * bracket nothing, or an agency or a place in capitals as datelines print them: "Kemarin Senin (22 Juli 2019)
 * Anies menerima …" is a sentence telling a day ("yesterday, Monday"), not a date block.
 */
const OPEN_BRACKET_BEFORE = /^(?:[\p{Lu}\p{M}'’. -]{2,30}\s)?\([\p{L}\p{M}'’. ,-]*$/u;
/** …and after it the bracket closes, then (perhaps after a dash) the story opens on a capital. */
const CLOSE_BRACKET_THEN_TEXT = /^\s*\)\s*(?:[-–—:]\s*)?[\p{Lu}"“«„]/u;

/** Small words that join a label or a place to the date after it. */
const JOINING = /^(?:vom|am|den|a|le|el|de|del|du|di|em|en|ngày|tanggal|d\.)$/u;

export function leadDate(line: string, dates: DateReader): DateMention | null {
  const head = line.slice(0, LEAD_CHARS + 40);
  const m = dates
    .mentions(head)
    .find((x) => x.year !== null && x.month !== null && x.day !== null && x.relative == null && x.index <= LEAD_CHARS);
  if (!m) return null;
  const before = head.slice(0, m.index);
  if (OPEN_BRACKET_BEFORE.test(before)) return CLOSE_BRACKET_THEN_TEXT.test(line.slice(m.index + m.phrase.length)) ? m : null;
  if (!PLAIN_BEFORE.test(before)) return null;
  const words = before.split(/[\s,–—-]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length > MAX_WORDS_BEFORE) return null;
  // Names and labels are capitalised; a lower-case word is a sentence under way ("The minister said on 5 May 2021 -"),
  // save the little words that join a label or a place to its date ("vom", "a", "le", "ngày").
  // The date itself may open on its weekday, written in lower case in Romance languages ("martes 14 de mayo de 2019").
  const opens = m.phrase.split(/\s/u)[0] ?? '';
  const phrase = isWeekdayName(opens) ? m.phrase.slice(opens.length).trim() : m.phrase;
  if ([...words, phrase].some((w) => /^\p{Ll}/u.test(w) && !JOINING.test(w.split(/\s/u)[0] ?? ''))) return null;
  return SEPARATOR_THEN_TEXT.test(line.slice(m.index + m.phrase.length)) ? m : null;
}
