// A run of capitalised words the Vietnamese scan reaches after an office is not always its holder's name. A school is
// named after a person ("Trường THPT Marie Curie", "ĐHQG Kyung Pook", "Trường THPT Chu Văn An"); a steering committee
// after the region it serves ("Trưởng Ban Chỉ đạo Tây Nguyên Trần Văn A", "… Tây Bắc"); and one name is borne by the
// country's biggest city, its political academy, its youth union and countless schools: the late president's, nobody
// holding an office today.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { VIETNAMESE_SURNAME } from './home.ts';

/** The name the country's biggest city, its political academy, its youth union and countless schools bear. */
export const EPONYM = 'Hồ Chí Minh';

/** A school's word, written out or short, which the school's name follows: "Trường", "THPT", "Đại học", "ĐHQG", "Học viện". */
const SCHOOL_BEFORE = /(?<![\p{L}])(?:[Tt]rường|THPT|THCS|PTTH|[Đđ]ại học|ĐHQG|ĐH|[Hh]ọc viện|[Cc]ao đẳng)\s$/u;

/** A run of one to three words right after a school's word is the school's name ("… Trường THPT Marie Curie"). */
export const schoolName = (text: string, wordStart: number, run: string[]): boolean =>
  run.length <= 3 && SCHOOL_BEFORE.test(text.slice(Math.max(0, wordStart - 10), wordStart));

/** A region by its compass word, which no name opens: "Tây Nguyên", "Tây Bắc", "Đông Nam Bộ", "Nam Bộ". */
const REGION = /^(?:Tây|Bắc|Đông (?:Nam|Bắc)|(?:Nam|Trung) Bộ)(?: |$)/u;

/**
 * Where the holder's name begins in a run a region opens: the first family name after the first word with two words
 * or more after it ("Tây Nguyên Trần Văn A" → 2, "Tây Bắc Lê Thị B" → 2); the run's length when the run is the region
 * alone ("… Ban Chỉ đạo Tây Nguyên và …"); 0 when the run is a name.
 */
export function regionBefore(run: string[]): number {
  if (VIETNAMESE_SURNAME.test(`${run[0]} `)) return 0;
  if (run.length >= 4) for (let k = 1; k <= run.length - 3; k++) if (VIETNAMESE_SURNAME.test(`${run[k]} `)) return k;
  return REGION.test(run.join(' ')) ? run.length : 0;
}

/** A Korean given name romanised with a hyphen, after the family name: "Kim Boo-kyum", "Ban Ki-moon", "Park Hang-seo". */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** A surname of capitalised parts joined by hyphens: "Díaz-Canel", "Oh-Sae-Hyun" (not "TP.HCM", not "Vi-vi-an"). */
const COMPOUND = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)+$/u;
/** …unless the hyphen joins two countries: "Việt Nam-Trung Quốc" (relations) is nobody. */
const compound = (t: string, run: string[]): boolean =>
  COMPOUND.test(t) &&
  !run
    .join(' ')
    .split('-')
    .some((c) => normalizeCountry(c.trim()) !== null);

/** A word of a run with a hyphen or a dot that still belongs to a name: a compound surname, or a Korean given name after the first. */
export const hyphenatedName = (t: string, run: string[], i: number): boolean =>
  compound(t, run) || (i > 0 && GIVEN_NAME.test(t.replace(/\.$/, '')));
