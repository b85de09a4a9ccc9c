// A masthead's clock: a date printed beside the weather is the day the page was viewed.

import { crumbsOf } from '../title-crumbs.ts';

/** A temperature: "29.1 C" on its own line, "서울 3.2℃", "Hà Nội 25°C". */
const TEMPERATURE = /(?<![\d.,])-?\d{1,2}(?:[.,]\d)?\s*(?:°\s*[CF]?|℃|℉)|^\s*-?\d{1,2}(?:[.,]\d)?\s*[CF]\s*$/u;

/**
 * A date beside the weather ("29.1 C / Maracay / martes 26, noviembre 2024", "2024.04.19 (금) / 서울 3.2℃") is the
 * masthead's clock: the day the page was viewed, not the day the record was published.
 */
export function besideWeather(lines: readonly string[], i: number): boolean {
  let clocks = 0;
  for (let j = Math.max(0, i - 3); j <= Math.min(lines.length - 1, i + 3); j++) {
    if (j === i) continue;
    if (TEMPERATURE.test(lines[j] ?? '')) return true;
    if (ZONE_CLOCK.test(lines[j] ?? '')) clocks++;
  }
  // …or beside a world clock, two places' times ("Ecuador Continental: 12:34" / "Ecuador Insular: 11:34").
  return clocks >= 2;
}

/** A place and its time, alone on a line: one face of a world clock. */
const ZONE_CLOCK = /^\s*\p{Lu}[\p{L} .'-]{1,40}[:：]\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*$/u;

/**
 * A date line just above the page's breadcrumb trail ("Friday, July 1, 2022" / "Home > News > …"): everything above the
 * trail is the site's top bar, and a date there is its clock, the day the page was viewed. The record's own date stands
 * under its headline, below the trail.
 */
export function overTrail(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
    const next = (lines[j] ?? '').trim();
    if (next !== '') return crumbsOf(next) !== null;
  }
  return false;
}
