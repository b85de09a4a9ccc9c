// Date lines: a line that is only a date (a page's stamp, a dateline), told from prose that opens with one.

import { wordCount } from '../text.ts';
import { type DateReader, isFull, iso, READ_ALWAYS } from './forms.ts';
import { givesEventHours } from './programme.ts';
import { inSiteBar, statesReviewDay, statesViewingDay } from './viewed-today.ts';

/**
 * Chinese and Japanese write a clause without spaces, so a date line's few "words" may be a sentence: "平成28年6月28日
 * (火曜日)、外務省を訪問し、…". A dozen of their letters beside the date are prose that opens with the date, not a stamp.
 */
const clauseBesideDate = (line: string): boolean =>
  (line.replace(/\d+\s*[年月日]/g, '').match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0) > 12;

/**
 * A date line as the page's own date: not a sentence that opens with its date, nor an event's hours ("10:00 - 11:00"),
 * nor its days ("22. und 23. Februar 2024"), nor a header's "today is …" (the day the page was read), a login bar's day
 * or a review stamp's.
 */
export const pageDateOfDateLine = (line: string, dates: DateReader = READ_ALWAYS): string | null =>
  clauseBesideDate(line) ||
  givesEventHours(line) ||
  statesViewingDay(line) ||
  inSiteBar(line) ||
  statesReviewDay(line) ||
  dates.mentions(line).some((m) => m.span)
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

/**
 * An author's credit opens the paragraph before its date: "Por: Admin 03 de junio de 2022", "Actualidad Por: Redacción
 * 5 de mayo", "By Jane Doe, May 3, 2021", "Par : Awa Ndiaye 12 mai 2024". The credit word opens the line, or follows a
 * section's word or two with its colon; the date is the story's, never its meeting's. Not "Hosted by the mayor, 5 May".
 */
const AUTHOR_CREDIT =
  /^\s*(?:[\p{L}]+\s+){0,2}?(?:(?:[Bb]y|[Pp]or|[Pp]ar|[Vv]on|[Dd]oor|[Aa]v|[Oo]leh|[Pp]rzez|[Aa]utor|[Aa]uthor|[Aa]uteur|[Pp]enulis|[Ee]scrito\s+por|[Pp]ublicado\s+por|[Pp]osted\s+by)\s*[:：]|(?<=^\s*)(?:By|Por|Par|Von|Door|Oleh)\s)\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}[\s,|•·–-]*$/u;

/** Whether the text before a date in its paragraph is only an author's credit (a byline's). */
export const creditBefore = (opener: string): boolean => wordCount(opener) <= 8 && AUTHOR_CREDIT.test(opener);
