// Korean news sets a foreign name apart in quotes before its office, the country beside it:
// "이라크 ‘와디 알비티’ 대사", "중국총영사관 ‘구 징치’ 신임 총영사", "‘또 럼’ 베트남 공안부 장관". The quotes
// tell where the name starts and ends, as its own spelling in brackets does ("또 럼(Tô Lâm)"): every word
// inside them is the name, even one that sounds Sino-Korean ("구 징치") or is also a word ("또", also).

import { KOREAN_COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';

const OPENS = /^['‘"“]/u;
const CLOSES = /^(?:[(（][^)）]*[)）])?['’"”]/u;

/** The word before the opening quote: a country, or its embassy or consulate ("이라크", "중국총영사관"). */
const COUNTRY_BEFORE = new RegExp(`(?:^|[\\s(（,·])(${KOREAN_COUNTRY_SOURCE})(?:대사관|총영사관|영사관|정부)? ?$`, 'u');

export interface QuotedName {
  /** How many words the quotes hold: the whole name. */
  words: number;
  /** The country written before the quotes, when there is one. */
  country: string | null;
}

/**
 * The name read between quotes (`whole` is the matched phrase, `raw` its name, `at` where the phrase
 * starts in `text`, `countryAfter` the country read between the name and the office): a name of two
 * words or more, with a foreign country beside it; null otherwise (a quoted slogan before an honorary
 * title, "‘세계 평화’ 대사", has no country beside it and stays unread).
 */
export function quotedForeignName(
  whole: string,
  raw: string,
  text: string,
  at: number,
  countryAfter: string | null,
): QuotedName | null {
  if (!OPENS.test(whole)) return null;
  if (whole.indexOf(raw) !== 1 || !CLOSES.test(whole.slice(1 + raw.length))) return null;
  const words = raw.split(' ').length;
  if (words < 2) return null;
  // The last words before the quote, without a word the window may have cut.
  const from = Math.max(0, at - 40);
  const before = from > 0 ? text.slice(from, at).replace(/^\S*/u, '') : text.slice(0, at);
  const written = COUNTRY_BEFORE.exec(before)?.[1];
  const country = written ? normalizeCountry(written) : null;
  const foreign = (c: string | null): boolean => c !== null && c !== 'Republic of Korea';
  if (!foreign(country) && !foreign(countryAfter)) return null;
  return { words, country: foreign(country) ? country : null };
}
