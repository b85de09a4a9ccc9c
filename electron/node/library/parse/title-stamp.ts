// A headline with the page's date stamp run onto its end, without a space or in brackets:
// "Ex-envoys call on Mahama9:01, 19.May 2017", "… quận Long Biên (22:48 25/06/2019)",
// "… (2005-2010)(Thứ ba, 24/08/2010 20:33 GMT+7)", "… 축하 메시지2008.06.21 | N0.63". The stamp is
// the page's date line, not words of the headline: it goes to a line of its own under the headline,
// so the headline reads as one and the stamp as the date line that marks it. Any language: digits only.
// A date written out before a Japanese or Chinese heading goes to a line of its own above it as well.

import { substantialLine } from './title-lines.ts';
import { size } from './title-prose.ts';

const DAY = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}\.?\s?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{4})`;
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
const ZONE = String.raw`(?:\s*(?:GMT|UTC)(?:[+-]\d{1,2})?)?`;

/** "(22:48 25/06/2019)", "(Thứ ba, 24/08/2010 20:33 GMT+7)": a weekday of a few letters may open it. */
const BRACKETED = new RegExp(String.raw`\s*\((?:[^()\d,]{1,12},\s*)?(?:${CLOCK}\s+)?${DAY}(?:,?\s+${CLOCK})?${ZONE}\)$`, 'u');
/** "…Mahama9:01, 19.May 2017", "…메시지2008.06.21 | N0.63": run onto the headline's last letter, a short counter after a bar allowed. */
const GLUED = new RegExp(
  String.raw`(?<=[\p{L}])(?:${CLOCK},?\s*)?${DAY}(?:,?\s+${CLOCK})?${ZONE}(\s*\|\s*[\p{L}\d.]{1,8})?$`,
  'u',
);

/** The headline and its stamp, when a heading line ends on one; null otherwise. */
export function splitStamp(line: string): string[] | null {
  // Cheap test first: a stamp ends on a digit, a bracket or a short counter, and holds a year.
  if (line.length > 400 || !/\d{4}/.test(line.slice(-40))) return null;
  const m = BRACKETED.exec(line) ?? GLUED.exec(line);
  if (!m) return null;
  const head = line.slice(0, m.index).trim();
  // Not a line of labelled fields ("论坛出处:  作者:  时间2014-03-24 08:45:10"): two colons or more.
  const fields = (head.match(/[:：]/gu) ?? []).length >= 2;
  if (!substantialLine(head) || fields || /[.!?]$/.test(head)) return null;
  // A counter after the stamp ("| N0.63") stands on a line of its own, so the stamp reads as a date line.
  const counter = m[1] ?? '';
  const stamp = m[0].slice(0, m[0].length - counter.length).trim();
  return counter === '' ? [head, stamp] : [head, stamp, counter.trim()];
}

/**
 * A date written out in years of an era or of the calendar, then a space and the heading ("平成21年09月06日
 * 第八次…訪中について", "2009年9月6日 …"): Japanese and Chinese pages list a post under its date.
 */
const WRITTEN_DATE_BEFORE = /^((?:令和|平成|昭和)\s*(?:\d{1,2}|元)|\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?=\s)/u;
/** The date and its heading, when a heading line opens on a written-out date; null otherwise. */
function splitDateBefore(line: string): string[] | null {
  if (!line.includes('年')) return null;
  const m = WRITTEN_DATE_BEFORE.exec(line);
  if (!m) return null;
  const head = line.slice(m[0].length).trim();
  // A clock after the date is a byline's ("2023年11月06日 18:01"), and a sentence is the text's own.
  return substantialLine(head) && !/^\d/.test(head) && !/[。.!?！？]$/u.test(head) && size(head) < 25 ? [m[0], head] : null;
}

/** The first lines of a text, each headline with a stamp run onto it set on two lines. */
export function withStampsApart(lines: string[], reach = 12): string[] {
  let out: string[] | null = null;
  let seen = 0;
  for (const [i, line] of lines.entries()) {
    if (seen >= reach) {
      out?.push(...lines.slice(i));
      break;
    }
    if (line.trim() !== '') seen++;
    const split = line.trim() === '' ? null : (splitStamp(line.trim()) ?? splitDateBefore(line.trim()));
    if (split && out === null) out = lines.slice(0, i);
    if (split) out?.push(...split);
    else out?.push(line);
  }
  return out ?? lines;
}
