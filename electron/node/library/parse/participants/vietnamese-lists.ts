// Vietnamese lists of those who received a delegation or sat in: "Tiếp và làm việc với Đoàn có các
// đồng chí: Đinh Văn Điến, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Tống Quang Thìn, TVTU, Phó Chủ
// tịch UBND tỉnh; …". After the colon, items are set apart by semicolons, each a name, then its offices.

import { normalizeCountry, VIETNAMESE_COUNTRY_SOURCE } from '../../../../shared/countries.ts';
import { compiledEarly } from '../compiled-early.ts';
import { execAll } from '../patterns.ts';
import { sentenceBefore } from './context.ts';
import { VIETNAMESE_SURNAME } from './home.ts';
import type { Mention } from './types.ts';

/**
 * The head of the list: "có các đồng chí:", "gồm các ông:", "cùng dự có:", "cùng dự có đồng chí A, …; B, …"; an office all of them hold may
 * stand before the colon ("các đồng chí Ủy viên Bộ Chính trị: A, Bí thư Thành ủy …; B, …").
 */
const HEAD = compiledEarly(
  /(?<![\p{L}])(?:(?:có|gồm|cùng)\s+)?(?:các\s+)?(đồng chí|ông|bà|vị)(?:\s+(?:Ủy viên|Uỷ viên|Phó|Bí thư|Chủ tịch|Thường trực)[^:;.,\n]{0,40})?\s*:\s*|(?<![\p{L}])(?:có|gồm)\s*:\s*|(?<![\p{L}])(?:có|gồm)\s+(?:các\s+)?(đồng chí)\s+(?=\p{Lu})/giu,
);
/** A name: two to five capitalised words (a hyphen allowed: "Oh-Sae-Hyun"). */
const NAME = /^(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,4})\s*,\s*(.+)$/u;

/**
 * The first word of an office: "Phó", "Chủ tịch", "Bí thư", "Ủy viên", "Tỉnh ủy viên", "Giám đốc". Lists
 * also set it off from the name with a dash ("Hồ Văn Hải-Ủy viên Ban Thường vụ", "Lê Hồng Sơn - Giám
 * đốc Sở") or only with a space ("Hoàng Minh Cường Phó Chủ tịch UBND"): the office still ends the name.
 */
const OFFICE_START =
  /(?:Phó|Chủ tịch|Chủ nhiệm|Bí thư|Trưởng|Giám đốc|Thứ trưởng|Bộ trưởng|Tổng|Ủy viên|Uỷ viên|Tỉnh ủy viên|Tỉnh uỷ viên|Thành ủy viên|Thành uỷ viên|Đại sứ|Tham tán|Hiệu trưởng|Viện trưởng|Cục trưởng|Vụ trưởng)(?![\p{L}])/u;
const SET_OFF = new RegExp(`(?<=\\p{L})(?:\\s*[-–]\\s*|\\s+)(?=${OFFICE_START.source})`, 'u');
/** The item with its office set off by a comma, as NAME reads it, where the office opens before any comma. */
function withComma(item: string): string {
  const set = SET_OFF.exec(item);
  const comma = item.indexOf(',');
  if (!set || (comma >= 0 && comma < set.index)) return item;
  // "Ma Quốc Trưởng, Phó Chủ tịch UBND huyện": a name may end in an office's word; the comma right after it sets the office off.
  if (comma >= 0 && /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,4}$/u.test(item.slice(0, comma).trim())) {
    const word = item.slice(set.index + set[0].length, comma).trim();
    if (!/\s/u.test(word)) return item;
  }
  return `${item.slice(0, set.index)}, ${item.slice(set.index + set[0].length)}`;
}

/** The sentence's verb after the list: "đã làm việc", "có buổi tiếp", "chủ trì", "hội kiến". */
const CLAUSE_VERB = /\s+(?:đã|đang|sẽ|vừa|có buổi|làm việc|chủ trì|hội đàm|hội kiến|tham dự|đến thăm|đón tiếp)(?![\p{L}]).*$/su;

export function vietnameseListMentions(text: string): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const head of execAll(HEAD, text)) {
    const start = head.index + head[0].length;
    // The list runs to the end of the sentence.
    const stop = text.slice(start).search(/\.(?:\s|$)|\n/u);
    const body = text.slice(start, stop === -1 ? undefined : start + stop);
    const comrades = /đồng chí/iu.test(head[1] ?? head[2] ?? '');
    // "cùng dự có đồng chí A, Phó Chủ tịch HĐND huyện; B, …": without the colon, only semicolons make it a list.
    if (head[2] && !body.includes(';')) continue;
    let at = start;
    for (const item of body.split(';')) {
      const m = NAME.exec(withComma(item.trim()));
      const itemAt = at + (item.length - item.trimStart().length);
      at += item.length + 1;
      if (!m?.[1] || !m[2]) continue;
      // "các đồng chí Phó Chủ tịch UBND tỉnh: A, B": bare names after an office they share, no office of each's own
      // (read below, under the plural office).
      if (BARE_NAMES.test(item.trim())) continue;
      const name = m[1];
      // "…; C, Phó Bí thư Tỉnh ủy đã làm việc với …": the last item's office ends where the sentence's verb begins.
      const role = m[2].replace(CLAUSE_VERB, '').trim();
      if (role === '' || role.split(/\s+/).length > 20) continue;
      // Comrades named the Vietnamese way are Viet Nam's own officials.
      const country = comrades && VIETNAMESE_SURNAME.test(`${name} `) ? 'Viet Nam' : null;
      const end = itemAt + item.trim().length;
      out.push([
        {
          index: itemAt,
          surface: item.trim(),
          name,
          role,
          country,
          kind: 'named',
          how: 'named in a list after "các đồng chí:" (Vietnamese)',
        },
        end,
      ]);
    }
  }
  return [...out, ...pluralTitleList(text)];
}

/**
 * "các Nghị sĩ Quốc hội: A, B, C;": an office in the plural, a colon, then bare names set apart by
 * commas, each holding that office. Every item must be a name alone, or it is no such list.
 */
const PLURAL_TITLE = compiledEarly(
  /các(?<=(?<![\p{L}])các)\s+(?:(đồng chí|ông|bà|vị)\s+)?((?:Phó\s+)?(?:Nghị sĩ|Nghị sỹ|Thượng nghị sĩ|Hạ nghị sĩ|Đại sứ|Bộ trưởng|Thứ trưởng|Đại biểu|Ủy viên|Uỷ viên|Giáo sư|Tiến sĩ|Thành viên|Chủ tịch|Bí thư|Giám đốc|Hiệu trưởng|Chủ nhiệm|Trưởng ban|Tổng Lãnh sự|Lãnh sự|Tham tán)(?:\s+[\p{L}\p{M}]+){0,6})\s*:\s*([^;.:\n]+)/gu,
);
/** A bare name: two to four capitalised words, nothing else. */
const BARE_NAME = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,3}$/u;
/** Bare names set apart by commas ("Nguyễn Văn Sơn, Trần Thị Mai"), the sentence's verb allowed after the last. */
const BARE_NAMES =
  /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,3}(?:\s*,\s*\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,3})+$/u;

let delegationRe: RegExp | null = null;
/** "Đoàn đại biểu Quốc hội Hàn Quốc thăm Việt Nam gồm …": the first country after "Đoàn" is the members'. */
function delegationCountry(before: string): string | null {
  delegationRe ??= new RegExp(`[Đđ]oàn[^.;:]{0,100}?(${VIETNAMESE_COUNTRY_SOURCE})(?![\\p{L}])[^.;:]{0,100}?gồm`, 'u');
  const m = delegationRe.exec(before);
  return m?.[1] ? normalizeCountry(m[1]) : null;
}

function pluralTitleList(text: string): [Mention, number][] {
  const out: [Mention, number][] = [];
  // Cheap test before the pattern: no plural "các" and no colon, no such list.
  if (!text.includes('các ') || !text.includes(':')) return out;
  for (const m of execAll(PLURAL_TITLE, text)) {
    const role = m[2] ?? '';
    const country = delegationCountry(sentenceBefore(text, m.index));
    const body = m[3] ?? '';
    const items = body.split(',');
    if (items.length < 2 || !items.every((item) => BARE_NAME.test(item.trim()))) continue;
    let at = m.index + m[0].length - body.length;
    for (const item of items) {
      const name = item.trim();
      const index = at + item.indexOf(name);
      // Comrades named the Vietnamese way are Viet Nam's own officials, as in the list above.
      const home = m[1] === 'đồng chí' && VIETNAMESE_SURNAME.test(`${name} `) ? 'Viet Nam' : null;
      at += item.length + 1;
      out.push([
        {
          index,
          surface: name,
          name,
          role,
          country: country ?? home,
          kind: 'named',
          how: 'named in a list under a plural office (Vietnamese)',
        },
        index + name.length,
      ]);
    }
  }
  return out;
}
