// A Korean record names the other side's people in Hangul and often leaves their country out once
// the meeting is clear ("문재인 대통령은 … 도널드 트럼프 대통령과 통화했다"). A name that cannot be
// Korean, in a record where exactly one other country takes part, is that country's.

import { execAll } from '../patterns.ts';
import { sinoKorean } from './home.ts';
import type { Person } from './types.ts';

const KOREA = 'Republic of Korea';
const KOREAN_SURNAME =
  /^(?:남궁|황보|제갈|선우|독고|[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉])/u;

/** A name written in Hangul that no Korean bears: several words, or sounds Sino-Korean lacks. */
function foreignHangul(name: string): boolean {
  if (!/^[\p{Script=Hangul} -]+$/u.test(name)) return false;
  const words = name.split(' ');
  // "스티브 리", "헬렌 원": a given name abroad and a Korean family name, a Korean living there, whose side the record does not say.
  const family = words[1] ?? '';
  if (words.length === 2 && family.length === 1 && (KOREAN_SURNAME.test(family) || /^[리린]$/u.test(family))) return false;
  if (words.length >= 2) return true;
  return !(KOREAN_SURNAME.test(name) && sinoKorean(name) && name.length <= 4);
}

export const OTHER_SIDE_WHY = 'the only other country in this meeting with Korea';

/** "한미 정상회담", "한·일 외교장관": the pair Korean names a bilateral meeting by. */
const PAIR =
  /(?<![\p{L}])한[·-]?(미|중|일|러|베|영|독|불|호)(?= ?(?:정상|외교|외무|국방|회담|관계|통화|양국|간|동맹|장관|총리))/gu;
const PARTNER: Record<string, string> = {
  미: 'United States',
  중: 'China',
  일: 'Japan',
  러: 'Russia',
  베: 'Viet Nam',
  영: 'United Kingdom',
  독: 'Germany',
  불: 'France',
  호: 'Australia',
};

export function fillOtherSide(people: Person[], text: string): void {
  const countries = new Set(people.flatMap((p) => (p.country ? [p.country] : [])));
  const pairs = new Set([...execAll(PAIR, text)].map((m) => PARTNER[m[1] ?? ''] ?? ''));
  if (pairs.size === 1) countries.add(KOREA).add([...pairs][0] ?? '');
  if (!countries.has(KOREA) || countries.size !== 2) return;
  const other = [...countries].find((c) => c !== KOREA);
  if (!other) return;
  for (const p of people)
    if (p.country === null && p.name !== null && foreignHangul(p.name)) {
      p.country = other;
      p.countryFrom = OTHER_SIDE_WHY;
    }
}
