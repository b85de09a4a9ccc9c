// "BGIPU hosted from late November a delegation …", "met in early March", "bertemu akhir Oktober": a lead that
// dates its meeting only by a part of a month has told its day as unknown. A day a later paragraph gives
// (another item of a listing page, another visit) is not that meeting's: none is read rather than one invented.

import { sentences } from './clauses.ts';
import { lead } from './lead.ts';
import { MONTH } from './months.ts';
import { datesMeetingWord } from './words.ts';

const PART_OF_MONTH = new RegExp(
  String.raw`(?:\b(?:early|mid|late|the\s+(?:beginning|end|middle)\s+of|end\s+of|beginning\s+of)|(?<![\p{L}])(?:awal|akhir|pertengahan)(?:\s+bulan)?)[\s-]+${MONTH}\b(?!\s*\d)`,
  'iu',
);

/** A day of the month written as such beside the words: "18 April", "April 18", "18/4", "18일", "18日". */
const A_DAY =
  /(?<!\d)\d{1,2}\s*(?:일|日|号|號)|(?<!\d)\d{1,2}[./-]\d{1,2}(?!\d)|(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?!\d)/u;

/** The lead's first paragraph of prose opens on its meeting dated only by a part of a month, with no day. */
export function leadDatesPartOfMonth(texts: readonly string[]): boolean {
  const first = lead([...texts], 1).at(-1)?.text ?? '';
  if (!PART_OF_MONTH.test(first)) return false;
  const span = sentences(first)[0];
  const sentence = span ? first.slice(span.start, span.end) : '';
  return PART_OF_MONTH.test(sentence) && datesMeetingWord(sentence) && !A_DAY.test(first);
}
