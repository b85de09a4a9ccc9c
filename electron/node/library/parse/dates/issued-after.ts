// Japanese prints the word for "issued" or "carried" after the date, not before it as a label:
// "第598号(2008年8月1日発行)", an issue's number and its day; "(2013年6月6日朝刊掲載)", the morning
// edition a web page reprints. The line is only that: a date inside a sentence ("…を発行した") is not it.

import { iso } from './forms.ts';

const ISSUED =
  /^(?:第\s*\d{1,5}\s*号)?\s*[(（]?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:付\s*)?(?:朝刊|夕刊|号)?\s*(?:発行|掲載|発刊)\s*[)）]?$/u;

/** The page's publication day, when the line is an issue's or a print edition's date followed by 発行 or 掲載. */
export function issuedDate(line: string): { date: string; phrase: string } | null {
  if (line.length > 40 || !(line.includes('発行') || line.includes('掲載') || line.includes('発刊'))) return null;
  const m = ISSUED.exec(line.trim());
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { date: iso(Number(m[1]), month, day), phrase: m[0] };
}

/** A date's reason quotes the line it was read from: was that line a print issue's date? */
export function fromIssue(why: string): boolean {
  const quoted = /"([^"]{6,40})"/.exec(why)?.[1];
  return quoted !== undefined && issuedDate(quoted) !== null;
}
