// The day a page prints under its headline weighed against the day its tags stamp. A stamp may
// name the moment in another zone than the newsroom's: "2015-11-13T00:43Z" for a story the page
// shows as "Nov. 12, 2015 7:43 p.m. ET", or a UTC clock mislabelled with the site's offset
// ("2022-04-27T02:10-05:00" beside "26 de abril de 2022 - 9:10 p.m."). The printed day is the one
// the reader sees. It is offered beside the tags only when it agrees with them, or when it is the
// neighbouring day of a UTC stamp (dates/utc-day.ts weighs that), or when the stamp's clock and the
// printed clock are the same moment a whole number of quarter hours apart; any other printed date
// may be a decoy and is left out.

import { type Candidate, candidate } from '../parse/evidence.ts';
import { jsonLdObjects } from './metadata.ts';

const DAY = 86_400_000;
/** No zone people live in is further than 14 hours from another's clock. */
const MAX_SHIFT = 14 * 60;

/** A printed clock time in minutes after midnight ("21:25", "9:10 p.m.", "1:05pm"); null without one. */
export function printedClock(text: string): number | null {
  const m = /\b(\d{1,2})[:.h](\d{2})(?!\d|[./]\d{2,4})(?:\s*([ap])\.?\s?m\b)?/i.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59 || (m[3] && (hour < 1 || hour > 12))) return null;
  if (m[3]?.toLowerCase() === 'p' && hour < 12) hour += 12;
  if (m[3]?.toLowerCase() === 'a' && hour === 12) hour = 0;
  return hour * 60 + minute;
}

/** The wall-clock moment a stamp is written at ("2022-04-27T02:10:00-05:00" → 27 April 02:10), in ms; null without a time. */
function wallClock(raw: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})/.exec(raw.trim());
  return m ? Date.parse(`${m[1]}T${m[2]}:${m[3]}:00Z`) : null;
}

/** The raw publication stamps a page's tags and structured data carry. */
function rawStamps(document: Document): string[] {
  const out: string[] = [];
  for (const name of ['article:published_time', 'og:published_time', 'datePublished']) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const v = el?.getAttribute('content');
    if (v) out.push(v);
  }
  for (const o of jsonLdObjects(document)) if (typeof o.datePublished === 'string') out.push(o.datePublished);
  return out;
}

/** The printed day and clock name the same moment as a stamp's clock, written in another zone. */
function sameMoment(printedDay: string, clock: number, stamps: string[]): boolean {
  const printed = Date.parse(`${printedDay}T00:00:00Z`) + clock * 60_000;
  return stamps.some((raw) => {
    const wall = wallClock(raw);
    if (wall === null) return false;
    const shift = Math.abs(wall - printed) / 60_000;
    // Another day, the same minute of the quarter hour: one moment in two zones.
    return shift > 0 && shift <= MAX_SHIFT && shift % 15 === 0 && Math.abs(Math.round((wall - printed) / DAY)) <= 1;
  });
}

const nextDay = (a: string, b: string): boolean => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) === DAY;

/**
 * The page's candidates with the date printed under its headline weighed in (see above).
 * `printed` is that date and the text it was read from. A page no tag dates is left to html.ts,
 * which reads the printed date as the page's only when nothing else dates it.
 */
export function withPrintedDay(
  document: Document,
  found: Candidate[],
  printed: { date: string; text: string } | null,
): Candidate[] {
  if (!printed) return found;
  const why = `from the date "${printed.text}" under the headline`;
  const stamps = found.filter((c) => c.field === 'publishedAt');
  if (stamps.length === 0) return found;
  if (stamps.some((c) => c.value === printed.date))
    return [...found, ...candidate('publishedAt', printed.date, 'byline', 0.7, why)];
  const near = stamps.filter((c) => nextDay(c.value, printed.date));
  if (near.length === 0 || near.length < stamps.length) return found;
  const clock = printedClock(printed.text);
  if (clock !== null && sameMoment(printed.date, clock, rawStamps(document)))
    return [
      ...found.map((c) =>
        c.field === 'publishedAt'
          ? {
              ...c,
              confidence: Math.min(c.confidence, 0.2),
              why: `${c.why}, the same moment as the printed time in another zone`,
            }
          : c,
      ),
      ...candidate('publishedAt', printed.date, 'byline', 0.8, `${why}, the time the page shows`),
    ];
  // A UTC stamp the printed day neighbours: dates/utc-day.ts weighs the two by the stamp's hour.
  return near.some((c) => c.utcHour !== undefined)
    ? [...found, ...candidate('publishedAt', printed.date, 'byline', 0.7, why)]
    : found;
}
