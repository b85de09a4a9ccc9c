// A Vietnamese record writes its own side's people by name and office and leaves their country out
// ("PGS, TS Hoàng Văn Nghĩa, Vụ trưởng Vụ Hợp tác quốc tế"); only the guests get theirs. A name
// written the Vietnamese way is Viet Nam's, unless the record deals with a country whose people the
// Vietnamese press also writes in Sino-Vietnamese ("Trương Đức Giang", "Lý Dự Bình"): China, Taiwan,
// Hong Kong, Macau, North Korea. There a Vietnamese-looking name says nothing of the side. And where Viet
// Nam meets exactly one other country, a name in the Latin alphabet with no Vietnamese letter at all is
// that country's ("ông Hatta Eiji - Hiệu trưởng Đại học Doshisha" beside a Japanese colleague), as it is
// the country a Vietnamese delegation is visiting ("trong chuyến thăm chính thức Vương quốc Bỉ").

import { normalizeCountry, VIETNAMESE_COUNTRY_SOURCE } from '../../../../shared/countries.ts';
import { VIETNAMESE_LETTERS, VIETNAMESE_SURNAME } from './home.ts';
import type { Person } from './types.ts';
import { VI_STATE_FORM } from './vietnamese-sides.ts';

const VIET_NAM = 'Viet Nam';

/** Countries whose people a Vietnamese text names in Sino-Vietnamese readings. */
const SINO_VIETNAMESE_NAMED = new Set(['China', 'Taiwan', 'Hong Kong', 'Macau', "Democratic People's Republic of Korea"]);
/** The same countries as a Vietnamese text writes them, anywhere in the record. */
const SINO_VIETNAMESE_COUNTRY = /Trung Quốc|Trung Hoa|Đài Loan|Đài Bắc|Hồng Kông|Hong Kong|Ma Cao|Macao|Macau|Triều Tiên/u;

/** The commonest words of Vietnamese prose: a record with a handful of them is written in Vietnamese. */
const VIETNAMESE_WORD = /(?<![\p{L}])(?:của|và|các|những|được|với)(?![\p{L}])/gu;
const isVietnameseText = (text: string): boolean => (text.match(VIETNAMESE_WORD)?.length ?? 0) >= 3;

/** "Hoàng Văn Nghĩa", "Nguyễn Thị Phương Thảo": a family name first, three words or more, Vietnamese letters. */
export const writtenVietnamese = (name: string): boolean =>
  VIETNAMESE_SURNAME.test(`${name} `) && name.split(' ').length >= 3 && VIETNAMESE_LETTERS.test(name) && !/-/u.test(name);

export const VIETNAMESE_SIDE_WHY = 'a name written the Vietnamese way, in a Vietnamese record with no Chinese-named side';

export function fillVietnameseSide(people: Person[], text: string): void {
  if (!people.some((p) => p.country === null && p.name !== null && writtenVietnamese(p.name))) return;
  if (people.some((p) => p.country !== null && SINO_VIETNAMESE_NAMED.has(p.country))) return;
  if (SINO_VIETNAMESE_COUNTRY.test(text) || !isVietnameseText(text)) return;
  for (const p of people)
    if (p.country === null && p.name !== null && writtenVietnamese(p.name)) {
      p.country = VIET_NAM;
      p.countryFrom = VIETNAMESE_SIDE_WHY;
    }
}

/** "Hatta Eiji", "Helmut Lowe": two words or more, no letter only Vietnamese writes, no Vietnamese family name. */
const writtenForeign = (name: string): boolean =>
  /^\p{Script=Latin}[\p{Script=Latin}'’.-]*(?: \p{Script=Latin}[\p{Script=Latin}'’.-]*)+$/u.test(name) &&
  !VIETNAMESE_LETTERS.test(name) &&
  !VIETNAMESE_SURNAME.test(`${name} `);

export const FOREIGN_SIDE_WHY = 'the only other country in this meeting with Viet Nam';

let visitRe: RegExp | null = null;
/** "trong chuyến thăm chính thức Vương quốc Bỉ", "chương trình làm việc tại Vương quốc Thái Lan": the country Viet Nam's side is visiting. */
function visited(text: string): string | null {
  visitRe ??= new RegExp(
    `(?<![\\p{L}])(?:chuyến thăm(?: chính thức| cấp Nhà nước| làm việc)?|làm việc tại|công tác tại)\\s+${VI_STATE_FORM}(${VIETNAMESE_COUNTRY_SOURCE})(?![\\p{L}])`,
    'u',
  );
  const m = visitRe.exec(text);
  const country = m?.[1] ? normalizeCountry(m[1]) : null;
  return country === VIET_NAM ? null : country;
}

export function fillForeignSide(people: Person[], text: string): void {
  const countries = new Set(people.flatMap((p) => (p.country ? [p.country] : [])));
  if (!countries.has(VIET_NAM) || countries.size > 2 || !isVietnameseText(text)) return;
  // Viet Nam alone at the table: its delegation abroad meets the country it visits.
  const other = countries.size === 2 ? [...countries].find((c) => c !== VIET_NAM) : visited(text);
  if (!other) return;
  for (const p of people)
    if (p.country === null && p.name !== null && writtenForeign(p.name)) {
      p.country = other;
      p.countryFrom = FOREIGN_SIDE_WHY;
    }
}
