// Where the meeting took place, when the record says so: a venue ("at the guest house of the
// Ministry of Foreign Affairs of Viet Nam") or, failing that, the country a visitor is in
// ("is in Vietnam to participate").

import { COUNTRY_SOURCE } from './countries.ts';

// Either case for the first letter, without the i flag (which would make \p{Lu} match lowercase).
const ci = (w: string): string => w.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);

const VENUE_NOUN = ci(
  '(?:guest ?house|guesthouse|ministry|hotel|palace|headquarters|hall|centre|center|office|building|residence|house|embassy|villa|convention|complex)',
);

/** "at the … <venue noun> [of/in …]", stopping at the end of the phrase. */
const VENUE = new RegExp(
  `\\b(?:${ci('at')}|${ci('in')}) (?:the )?((?:[\\p{L}’'-]+ ){0,4}?${VENUE_NOUN}(?:(?: of| in)(?: the)? [\\p{Lu}][\\p{L}’'-]*(?: (?:of |and |the )*[\\p{Lu}][\\p{L}’'-]*)*)*)`,
  'u',
);

/** "is in Vietnam", "arrived in Seoul", "held in Hanoi". */
const IN_COUNTRY = new RegExp(`\\b(?:is|are|was|were|arrived|held|took place|met|meeting) in ((?:${COUNTRY_SOURCE})|[\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+)?)(?= to\\b| for\\b| on\\b|[,.;]| and\\b)`, 'u');

export function findPlace(paragraphs: string[]): string | null {
  const early = paragraphs.slice(0, 3);
  for (const text of early) {
    const m = VENUE.exec(text);
    // The venue must be a name or a qualified place, not "in the office" alone.
    if (m?.[1] && /\p{Lu}/u.test(m[1])) return m[1].trim();
  }
  for (const text of early) {
    const m = IN_COUNTRY.exec(text);
    if (m?.[1]) return m[1].trim();
  }
  return null;
}
