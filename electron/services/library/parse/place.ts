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
/**
 * Korean, more generally: up to three words before 에서 ("캄보디아 프놈펜에서", "워싱턴 DC 주미대사관에서"),
 * dropping words that end in a particle or a verb ending ("열리는"), and never an event ("회의에서").
 */
const KOREAN_AT = /((?:[\p{Script=Hangul}A-Za-z]+\s+){0,2}[\p{Script=Hangul}A-Za-z]{2,})에서/gu;
const KOREAN_NOT_WORD = /(?:는|은|이|가|을|를|의|한|된|던|과|와|로|고|며|서)$/u;
const KOREAN_EVENT =
  /(?:회의|회담|회견|간담회|브리핑|통화|행사|만찬|오찬|자리|연설|발표|성명|인터뷰|방송|정상회의|총회|포럼|세미나|현장|국회|정부|외교부|당국|측|기사|보도|과정|상황|가운데|분야|차원|측면|계기|관계|문제)$/u;
/** Vietnamese: "tại Hà Nội", "tại trụ sở Chính phủ" ("ở" is too often figurative: "ở Biển Đông"). */
const VIETNAMESE_AT =
  /(?<![\p{L}])(?:tại)\s+((?:(?:trụ sở|thủ đô|thành phố|tỉnh|Nhà khách|Phủ|Văn phòng|Trung tâm|Cung)\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/gu;
/** Japanese: a place in katakana before で, において, 出張, 訪問 ("ニューヨーク出張中", "ブエノスアイレスにおいて"). */
const JAPANESE_AT = /([\p{Script=Katakana}ー・]{2,})(?:で|において|出張|訪問|を訪)/u;

function koreanPlace(text: string): string | null {
  KOREAN_AT.lastIndex = 0;
  for (let m = KOREAN_AT.exec(text); m; m = KOREAN_AT.exec(text)) {
    const words = (m[1] ?? '').split(/\s+/);
    while (words.length > 1 && KOREAN_NOT_WORD.test(words[0] ?? '')) words.shift();
    const place = words.join(' ');
    if (!KOREAN_NOT_WORD.test(words[0] ?? '') && !KOREAN_EVENT.test(place)) return place;
  }
  return null;
}

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
    if (m?.[1] && !KOREAN_EVENT.test(m[1])) return m[1];
    const korean = koreanPlace(text);
    if (korean) return korean;
    const vietnamese = text === lead[0] ? firstPlace(VIETNAMESE_AT, [text]) : null;
    if (vietnamese) return vietnamese;
    const japanese = JAPANESE_AT.exec(text)?.[1];
    if (japanese) return japanese;
  }
  if (opts.dateline) return opts.dateline;
  for (const text of early) {
    const m = IN_COUNTRY.exec(text);
    if (m?.[1] && !NOT_PLACES.test(m[1])) return m[1].trim();
  }
  return null;
}
