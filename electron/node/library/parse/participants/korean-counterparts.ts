// Korean often names a counterpart by country and office alone: "박 장관은 우간다 부통령과 …을
// 논의했다", "감비아 외교장관과 회담했다". Such a person is a participant with a role and a country
// but no name; merging joins them to a named holder of the same office if the record has one.

import { KOREAN_COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import type { Mention } from './types.ts';

/** The offices a counterpart is given by: heads of state and government, ministers, envoys. */
const OFFICE =
  '(?:(?:외교부|국방부|외무성|국무부) )?(?:부통령|대통령|국무총리|부총리|총리|국가주석|주석|국왕|외교부 ?장관|외교장관|외무장관|외교부장|외무상|외상|국무장관|국방장관|\\p{Script=Hangul}{1,4}부 장관|장관|차관|대사|특사|의장)';

/** Country, office, "과/와" (with): the one the subject met, talked or agreed with. */
const COUNTERPART = new RegExp(`(?<![\\p{L}])(${KOREAN_COUNTRY_SOURCE}) (${OFFICE})(?:과|와)(?:의)?(?![\\p{L}])`, 'gu');

/** The sentence goes on to a meeting, a talk or an agreement with that person. */
const MEETING_AFTER = /^[^.。\n]{0,120}?(?:회담|면담|만나|만났|통화|접견|논의|협의|의견을 교환|협력하기로|합의|요청)/u;

/** What may stand before the country: nothing, punctuation, a date, or a word ended by a particle. */
const AFTER_PHRASE = /(?:^|[\n.,;:()'"“”‘’]|\d+일|(?:은|는|이|가|을|를|에|에서|에게|도|고|며|서|로|으로)) ?$/u;

export function koreanCounterpartMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Hangul}/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(COUNTERPART, text)) {
    const end = m.index + m[0].length;
    if (!free(m.index, end) || !MEETING_AFTER.test(text.slice(end, end + 160))) continue;
    // "렉스 틸러슨 신임 미국 국무장관과": a name (and "신임") stands before; only a phrase ended by a
    // particle, a date or punctuation leaves the office nameless.
    if (!AFTER_PHRASE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const country = normalizeCountry(m[1] ?? '');
    if (!country || country === 'Republic of Korea') continue;
    out.push([
      {
        index: m.index,
        surface: m[0],
        name: null,
        role: (m[2] ?? '').trim(),
        country,
        kind: 'role',
        how: 'named only by country and title (Korean)',
      },
      end,
    ]);
  }
  return out;
}
