// Where the meeting took place, when the record says so: a venue ("at the guest house of the
// Ministry of Foreign Affairs of Viet Nam"), a city or country it was held in ("met … in
// Bucharest on", "di Kota Padang"), the place a visitor is visiting, and failing those the
// dateline ("BEIJING, April 24 (Yonhap)"). A phone or video call has no place.

import { COUNTRY_SOURCE } from './countries.ts';

// Either case for the first letter, without the i flag (which would make \p{Lu} match lowercase).
const ci = (w: string): string => w.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);

const VENUE_NOUN = ci(
  '(?:guest ?house|guesthouse|ministry|hotel|palace|headquarters|hall|centre|center|office|building|residence|house|embassy|mission|villa|convention|complex|expo)',
);

/** "at the … <venue noun> [of/in …]", stopping at the end of the phrase. */
const VENUE = new RegExp(
  `(?<![\\p{L}])(?:${ci('at')}|${ci('in')}|di) (?:the )?((?:[\\p{L}’'-]+ ){0,4}?${VENUE_NOUN}(?:(?: of| in)(?: the)? [\\p{Lu}][\\p{L}’'-]*(?: (?:of |and |the )*[\\p{Lu}][\\p{L}’'-]*)*)*)`,
  'u',
);

/** "is in Vietnam", "arrived in Seoul", "held in Hanoi". */
const IN_COUNTRY = new RegExp(
  `\\b(?:is|are|was|were|arrived|held|took place|met|meeting) in ((?:${COUNTRY_SOURCE})|[\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+)?)(?= to\\b| for\\b| on\\b|[,.;]| and\\b)`,
  'u',
);

/** A place name: one to three capitalised words, not an acronym ("ASEAN", "UN"). */
const PLACE = `[\\p{Lu}][\\p{Ll}’'.-][\\p{L}’'.-]*(?: [\\p{Lu}][\\p{L}’'.-]*){0,2}`;
/** What follows a place in a sentence: a date, another complement, or the end of the clause. */
const AFTER_PLACE = `(?=\\s+(?:on|from|to|for|with|during|this|last|yesterday|today|pada|untuk|dengan)\\b|\\s*[,.;:(]|\\s*$)`;
const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Hari)\b/;

/** "met … in Bucharest on", "Meeting in Hanoi.", Indonesian "di Kota Padang,". */
const IN_PLACE = new RegExp(`(?<![\\p{L}])(?:in|[Dd]i) (?:Kota )?(${PLACE})${AFTER_PLACE}`, 'gu');
/** "on an official visit to Vietnam", "who is visiting Hanoi, Viet Nam". */
const VISITING = new RegExp(`\\b(?:visit(?:ing)?|trip) (?:to )?(${PLACE})${AFTER_PLACE}`, 'gu');
/** Korean: time, then place with 에서 ("10.5(화) 오후 파리에서"). */
const KOREAN_PLACE = /(?:오전|오후|\)|일)\s*(\p{Script=Hangul}{2,6})에서/u;

const REMOTE =
  /\b(?:phone|telephone|video ?(?:call|conference|link)|videoconference|virtual(?:ly)?|online meeting)\b|điện đàm|trực tuyến|전화|화상/i;

function firstPlace(re: RegExp, texts: string[]): string | null {
  for (const text of texts) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1]?.trim().replace(/[.’']+$/, '');
      if (name && !NOT_PLACES.test(name)) return name;
    }
  }
  return null;
}

export function findPlace(paragraphs: string[], opts: { title?: string | null; dateline?: string | null } = {}): string | null {
  // A call has no venue, whatever city the story was filed from.
  if (REMOTE.test(`${opts.title ?? ''}\n${paragraphs[0] ?? ''}`)) return null;
  const early = paragraphs.slice(0, 3);
  for (const text of early) {
    const m = VENUE.exec(text);
    // The venue must be a name or a qualified place, not "in the office" alone.
    // A bare "Hotel" or "Office" names no place either.
    if (m?.[1] && /\p{Lu}/u.test(m[1]) && m[1].trim().includes(' ')) return m[1].trim();
  }
  const lead = paragraphs.slice(0, 2);
  const named = firstPlace(IN_PLACE, lead) ?? firstPlace(VISITING, lead);
  if (named) return named;
  for (const text of lead) {
    const m = KOREAN_PLACE.exec(text);
    if (m?.[1]) return m[1];
  }
  if (opts.dateline) return opts.dateline;
  for (const text of early) {
    const m = IN_COUNTRY.exec(text);
    if (m?.[1] && !NOT_PLACES.test(m[1])) return m[1].trim();
  }
  return null;
}
