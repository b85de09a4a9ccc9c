// What a Vietnamese record writes right after a name, set off by a comma or a dash: the office ("Lê Duy
// Thành, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh") and the country it belongs to ("Pete Hegseth, Bộ
// trưởng Bộ Chiến tranh Hoa Kỳ"), read with the same steps as a title's clause (vietnamese.ts).

import { normalizeCountry } from '../../../../shared/countries.ts';
import { CAPITAL, STOP, stepAt, VI_VERB } from './vietnamese.ts';

/** Parenthetical asides: "(trước đây tên gọi là Bộ Quốc phòng)", "(bìa phải)". */
const ASIDE = /^\s*[(（][^)）]{0,80}[)）]/u;

/**
 * The country in the description after a name: "Phan Văn Giang, …, Bộ trưởng Bộ Quốc phòng Việt
 * Nam chủ trì", "Pete Hegseth, Bộ trưởng Bộ Chiến tranh (…) Hoa Kỳ"; not where someone is posted.
 */
export function appositiveCountry(text: string, at: number): string | null {
  const lead = /^(?:,| -| –)\s/u.exec(text.slice(at, at + 3));
  if (!lead) return null;
  const pos = at + lead[0].length;
  return countryFrom(text, pos);
}

/**
 * The office written after a name, when it starts with a title: "Lê Duy Thành, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh có …";
 * it ends where the next person is named ("…, Giám đốc Sở KH&CN và ông B").
 */
const NEXT_PERSON = /(?:,| và| cùng)\s(?:[Ôô]ng|[Bb]à|Ngài|Đức (?:TGM|GM|Cha|Hồng [Yy]|Tổng Giám|Giám|Ông))\s/u;

/**
 * A seat on a Party or union committee, which a chain of offices often opens with: "Ủy viên Ban Chấp hành Trung ương Đảng,
 * Bí thư Thành ủy", "Uỷ viên BTV Huyện uỷ, Phó Chủ tịch UBND huyện", "UVTV TƯ Đoàn", "Tỉnh ủy viên, Bí thư Huyện ủy".
 */
const MEMBERSHIP =
  /^(?:(?:Ủy|Uỷ|ỦY) viên|UV(?:TV|BTV|BCH|TW|TƯ)?(?![\p{L}])|(?:Tỉnh|Thành|Huyện|Quận|Đảng) (?:ủy|uỷ) viên|Thường vụ (?:Tỉnh|Thành|Huyện|Quận|Đảng) (?:ủy|uỷ))/u;

export function appositiveRole(text: string, at: number, titleAt: (at: number) => number | null): string | null {
  const lead = /^(?:,| -| –)\s/u.exec(text.slice(at, at + 3));
  if (!lead) return null;
  const start = at + lead[0].length;
  if (titleAt(start) === null && !MEMBERSHIP.test(text.slice(start, start + 24))) return null;
  // The next person's courtesy word ends it: "– Bộ trưởng Ngoại giao Tòa Thánh, Đức TGM A B – …".
  const clause = (/^[^;:.\n(（]{1,160}/u.exec(text.slice(start))?.[0] ?? '').split(NEXT_PERSON)[0] ?? '';
  const words = clause.split(' ');
  let inBody = true;
  let n = 0;
  for (; n < words.length; n++) {
    const w = words[n] ?? '';
    // A comma closes the body's name: "Bí thư Thành ủy Hải Phòng, đã tiếp" stops before the verb.
    if (CAPITAL.test(w)) inBody = !w.endsWith(',');
    else if (STOP.test(w) && (!inBody || VI_VERB.test(w)) && !(w === 'dự' && words[n - 1] === 'danh')) break;
    else inBody = false;
  }
  return (
    words
      .slice(0, n)
      .join(' ')
      .replace(/[,–-]?\s*$/u, '')
      .trim() || null
  );
}

function countryFrom(text: string, start: number): string | null {
  let pos = start;
  let inBody = false;
  for (let steps = 0; steps < 30; steps++) {
    const aside = ASIDE.exec(text.slice(pos, pos + 90));
    if (aside) {
      // "Chủ tịch tập đoàn NASIC (Nhật Bản)": a country alone in brackets is whose the body is.
      const bracketed = normalizeCountry(aside[0].trim().slice(1, -1));
      if (bracketed) return bracketed;
      pos += aside[0].length;
      continue;
    }
    if (/^,\s/.test(text.slice(pos, pos + 2))) {
      pos += 2;
      continue;
    }
    // "bộ trưởng - thủ hiến Chính phủ Vùng thủ đô Brussels, Vương quốc Bỉ": two offices joined by a dash (not the
    // next person's: "… - ông B").
    const dash = /^ [-–] (?=\p{Ll})(?!(?:ông|bà|ngài)\s)/u.exec(text.slice(pos, pos + 8));
    if (dash) {
      pos += dash[0].length;
      continue;
    }
    const step = stepAt(text, pos, inBody);
    if (step.kind === 'end') return null;
    if (step.kind === 'country' && step.country) return step.country;
    if (step.kind === 'lower') inBody = false;
    else if (step.kind === 'capital') inBody = true;
    pos = step.kind === 'capital' ? pos + step.length : step.next;
  }
  return null;
}

/**
 * Offices read only after the name they describe ("ông A - Hiệu trưởng Đại học B", "ông C, Trưởng phòng Giáo dục"):
 * before a name, their school's or office's own name ("Hiệu trưởng Trường THPT Kim Liên") would be read as the holder's.
 */
const DESCRIBING_TITLE_AT = /(?:Phó )?(?:[Hh]iệu trưởng|Trưởng phòng|Trưởng khoa|Trưởng [Đđ]ại diện)(?![\p{L}])/uy;
export const describingTitleAt = (
  text: string,
  at: number,
  titleAt: (text: string, at: number) => number | null,
): number | null => {
  DESCRIBING_TITLE_AT.lastIndex = at;
  const m = DESCRIBING_TITLE_AT.exec(text);
  return m ? at + m[0].length : titleAt(text, at);
};

/**
 * "ông Lee Chong Min, Chủ tịch Quỹ đầu tư CMIA Capital Partners, …", "ông Thạch Đông Long – Chủ nhiệm Văn phòng
 * Ngoại sự …": an office right after a named person describes that person; a name read inside it is a company's
 * or a place's, unless the sentence goes on with it as its subject ("Tiếp ông A, Chủ tịch Quốc hội B đánh giá …").
 */
const NAMED_BEFORE =
  /(?<![\p{L}])(?:[Ôô]ng|[Bb]à|[Nn]gài|[Đđ]ồng chí|P?GS|TS|ThS|TSKH|(?:Phó )?Giáo sư|Tiến sĩ|Thạc sĩ|Bác sĩ)\.?\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,5}\s*(?:,|\s[-–])\s*$/u;
export const describesNamed = (text: string, at: number): boolean => NAMED_BEFORE.test(text.slice(Math.max(0, at - 60), at));

/**
 * A standing read as the title, not an office: a scholar's degree, a general's rank ("Thượng tướng A, Thứ trưởng Bộ Quốc
 * phòng"), a monk's ("Hòa thượng Thích B, Phó Chủ tịch Hội đồng Trị sự"), a legislator's seat ("Hạ nghị sĩ C - Chủ tịch Hạ
 * viện"): the office written after the name says more.
 */
export const STANDING_ONLY =
  /^(?:(?:Phó )?(?:Giáo sư|Tiến sĩ)|Thạc sĩ|(?:Đại|Thượng|Trung|Thiếu) tướng|H(?:òa|oà) thượng|Thượng to[ạa]|Lạt[- ]ma|(?:Hạ|Thượng) nghị sĩ)$/u;
