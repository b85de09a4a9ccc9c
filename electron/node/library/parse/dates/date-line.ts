// Date lines: a line that is only a date (a page's stamp, a dateline), told from prose that opens with one.

import { wordCount } from '../text.ts';
import { type DateReader, isFull, iso, READ_ALWAYS } from './forms.ts';
import { givesEventHours } from './programme.ts';
import { statesViewingDay } from './viewed-today.ts';

/**
 * Chinese and Japanese write a clause without spaces, so a date line's few "words" may be a sentence: "平成28年6月28日
 * (火曜日)、外務省を訪問し、…". A dozen of their letters beside the date are prose that opens with the date, not a stamp.
 */
const clauseBesideDate = (line: string): boolean =>
  (line.replace(/\d+\s*[年月日]/g, '').match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0) > 12;

/**
 * A date line as the page's own date: not a sentence that opens with its date, nor an event's hours ("10:00 - 11:00"),
 * nor its days ("22. und 23. Februar 2024"), nor a header's "today is …" (the day the page was read).
 */
export const pageDateOfDateLine = (line: string, dates: DateReader = READ_ALWAYS): string | null =>
  clauseBesideDate(line) || givesEventHours(line) || statesViewingDay(line) || dates.mentions(line).some((m) => m.span)
    ? null
    : dateOfDateLine(line, dates);

/**
 * More words than a date line can hold: its date (a weekday, "the 18th of September, 2020 at 10:00 AM"), a clock or
 * two and the three words beside them. A paragraph of prose is no date line, and its dates are not read for nothing
 * (a record with no publication date asks this of every line of its lead: a third of the date reading of a parse).
 */
const DATE_LINE_MAX_WORDS = 24;

/**
 * A paragraph that is only a date line, not a Chinese or Japanese sentence opening with its date ("5月14日、佐藤大使は
 * …講演を行いました。"): its date, else null. Such a sentence is the record's telling, and its date may be the meeting's.
 */
export const dateOfOwnLine = (line: string, dates: DateReader = READ_ALWAYS): string | null =>
  clauseBesideDate(line) ? null : dateOfDateLine(line, dates);

/** A line that is only a date, perhaps with a place, weekday or clock ("Seoul, 18 September 2020"): its date, else null. */
export function dateOfDateLine(line: string, dates: DateReader = READ_ALWAYS): string | null {
  if (wordCount(line) > DATE_LINE_MAX_WORDS) return null;
  const d = dates.mentions(line).find(isFull);
  if (!d) return null;
  const rest = (line.slice(0, d.index) + line.slice(d.index + d.phrase.length))
    .replace(
      /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC|JST|KST|ICT|EST|EDT|CET|CEST|BST)(?:[+-]\d+)?)?/g,
      ' ',
    )
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
  return rest === '' || rest.split(' ').length <= 3 ? iso(d.year, d.month, d.day) : null;
}
