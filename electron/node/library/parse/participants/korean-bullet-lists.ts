// Korean releases list visitors item by item after a bullet: "방문 인사는 ▴그라함 페렛 호주 국회 공공사업
// 상임위원회 위원장 ▴롭 핏츠 미국 애틀랜타 풀턴카운티 정부 이사회 의장 … 등 7명이다", "방문단은 △우웬 반 장
// 빈즈엉성 부성장 △호 꽝 디엡 지안시 당서기장 등". Each item is a name, then its country or its place, then an
// office of any length: the country or place word says where the name ends, so no word of a long office
// ("공공사업", "이사회") is read as a name, and a foreign name of two to four words is read whole.

import { isCountryWord, KOREAN_COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { isKoreanTitleWord, notKoreanNameWord } from './korean.ts';
import { TITLE_END } from './korean-lists.ts';
import type { Mention } from './types.ts';

/** Cheap test first: two bullets. */
const GATE = /[▴▲△][^▴▲△]+[▴▲△]/u;

/** A run of two or more bulleted items on one line. */
const RUN = /(?:[▴▲△] ?[^▴▲△\n]+){2,}/gu;
const ITEM = /[▴▲△] ?([^▴▲△\n]+)/gu;

/** A word that opens with a country: "호주", "나이지리아연방의회" (the country glued to its body). */
const COUNTRY_OPENS = new RegExp(`^(${KOREAN_COUNTRY_SOURCE})`, 'u');
/** A foreign place of three syllables or more before its office: "빈즈엉성", "지안시", "투언안시". */
const PLACE = /^\p{Script=Hangul}{3,}(?:시|성|주|현)$/u;
/** "한-레바논": a pair of countries opens a friendship group's office. */
const PAIR = /^한-\p{Script=Hangul}+$/u;

/** The end of the list: "… 의원 등 7명이다", "… 부의장 등 빈즈엉성 공무원 11명과", a comma, a full stop. */
const ITEM_END = /(?: 등(?![\p{L}]).*|[,.。].*)$/u;

function readItem(item: string): { name: string; role: string; country: string | null } | null {
  const words = item.replace(ITEM_END, '').trim().split(' ');
  const last = (words.at(-1) ?? '').replace(/(?:이|가|은|는|과|와)$/u, '');
  // "제2서기" (second secretary) ends an office too.
  if (!TITLE_END.test(last) && !isKoreanTitleWord(last) && !/서기$/u.test(last)) return null;
  const cut = words.findIndex((w, i) => i > 0 && (isCountryWord(w) || COUNTRY_OPENS.test(w) || PAIR.test(w) || PLACE.test(w)));
  // A name of one to four words, and an office after the country or place.
  if (cut < 1 || cut > 4 || cut >= words.length - 1) return null;
  const nameWords = words.slice(0, cut);
  if (!nameWords.every((w) => /^\p{Script=Hangul}+$/u.test(w) && !notKoreanNameWord(w))) return null;
  if (nameWords.join('').length < 2) return null;
  const at = words[cut] ?? '';
  const whole = isCountryWord(at) || COUNTRY_OPENS.exec(at)?.[1] === at;
  const said = whole ? at : COUNTRY_OPENS.exec(at)?.[1];
  const roleWords = words.slice(cut + (whole ? 1 : 0));
  return {
    name: nameWords.join(' '),
    role: roleWords.join(' ').replace(/(?:이|가|은|는|과|와)$/u, ''),
    country: said && !PAIR.test(at) && !PLACE.test(at) ? normalizeCountry(said) : null,
  };
}

export function koreanBulletListMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const run of text.matchAll(RUN)) {
    const found: [Mention, number][] = [];
    for (const m of run[0].matchAll(ITEM)) {
      const raw = m[1] ?? '';
      const item = readItem(raw);
      if (!item) continue;
      const start = (run.index ?? 0) + (m.index ?? 0) + m[0].indexOf(raw);
      const end = start + raw.replace(ITEM_END, '').trimEnd().length;
      if (!free(start, end)) continue;
      found.push([
        {
          index: start,
          surface: text.slice(start, end),
          name: item.name,
          role: item.role || null,
          country: item.country,
          kind: 'named',
          how: 'named in a bulleted list, name then country or place then office (Korean)',
          attending: true,
        },
        end,
      ]);
    }
    // One item read is no list of people: a bulleted line of topics may hold one by chance.
    if (found.length >= 2) out.push(...found);
  }
  return out;
}
