// Whose side a Vietnamese record puts a name on: the delegation it leads ("Đoàn … (Hàn Quốc) do X dẫn đầu")
// or the list it stands in ("Phía Lào có …").

import { normalizeCountry, VIETNAMESE_COUNTRY_SOURCE } from '../../../../shared/countries.ts';

/**
 * How Vietnamese writes a state before its short name: "nước CHDCND Lào", "nước Cộng hòa dân chủ nhân dân Lào",
 * "Vương quốc Campuchia", "CHLB Đức".
 */
export const VI_STATE_FORM =
  '(?:nước\\s+)?(?:(?:CHDCND|CHND|CHXHCN|CHLB|CH|Cộng h(?:òa|oà)(?: [Dd]ân chủ [Nn]hân dân| [Nn]hân dân| [Xx]ã hội chủ nghĩa| [Ll]iên bang| [Dd]ân chủ)?|Vương quốc|Liên bang)\\s+)?';

let ledRe: RegExp | null = null;
/**
 * "Đoàn đại biểu thành phố Asan (Hàn Quốc) do …", "lãnh đạo quận Sung-buk-gu, thành phố Seoul, Hàn
 * Quốc, do …", "Đoàn công tác tỉnh Xiêng Khoảng, nước CHDCND Lào do …": the one who leads ("do X dẫn đầu", "do X làm trưởng đoàn") is of the delegation's country.
 */
export function delegationSide(before: string): string | null {
  if (!/(?<![\p{L}])do\s*$/u.test(before)) return null;
  ledRe ??= new RegExp(
    `(?:[Đđ]oàn|lãnh đạo)[^.;:!?]{0,160}?(?:\\(|,\\s)${VI_STATE_FORM}(${VIETNAMESE_COUNTRY_SOURCE})\\)?,?\\s+do\\s*$`,
    'u',
  );
  const m = ledRe.exec(before);
  return m?.[1] ? normalizeCountry(m[1]) : null;
}

let sideRe: RegExp | null = null;
/**
 * "Đến dự về phía Trung Quốc có: …", "Phía Lào có …", "Trong phái đoàn Hàn Quốc có …": a list that says
 * whose side it is; the last such head before the name is its side ("phía Việt Nam có A; phía Lào có B").
 */
export function vietnameseSide(sentence: string): string | null {
  sideRe ??= new RegExp(
    `(?<![\\p{L}])(?:[Pp]hía|[Pp]hái đoàn) (${VIETNAMESE_COUNTRY_SOURCE})(?: (?:có|gồm)(?=[\\s:])|\\s*:)`,
    'gu',
  );
  const last = [...sentence.matchAll(sideRe)].at(-1);
  return last?.[1] ? normalizeCountry(last[1]) : null;
}
