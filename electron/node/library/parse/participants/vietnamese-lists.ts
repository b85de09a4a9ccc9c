// Vietnamese lists of those who received a delegation or sat in: "Tiếp và làm việc với Đoàn có các
// đồng chí: Đinh Văn Điến, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Tống Quang Thìn, TVTU, Phó Chủ
// tịch UBND tỉnh; …". After the colon, items are set apart by semicolons, each a name, then its offices.

import { compiledEarly } from '../compiled-early.ts';
import { execAll } from '../patterns.ts';
import { VIETNAMESE_SURNAME } from './home.ts';
import type { Mention } from './types.ts';

/** The head of the list: "có các đồng chí:", "gồm các ông:", "cùng dự có:". */
const HEAD = compiledEarly(
  /(?<![\p{L}])(?:(?:có|gồm|cùng)\s+)?(?:các\s+)?(đồng chí|ông|bà|vị)\s*:\s*|(?<![\p{L}])(?:có|gồm)\s*:\s*/giu,
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
  return `${item.slice(0, set.index)}, ${item.slice(set.index + set[0].length)}`;
}

export function vietnameseListMentions(text: string): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const head of execAll(HEAD, text)) {
    const start = head.index + head[0].length;
    // The list runs to the end of the sentence.
    const stop = text.slice(start).search(/\.(?:\s|$)|\n/u);
    const body = text.slice(start, stop === -1 ? undefined : start + stop);
    const comrades = /đồng chí/iu.test(head[1] ?? '');
    let at = start;
    for (const item of body.split(';')) {
      const m = NAME.exec(withComma(item.trim()));
      const itemAt = at + (item.length - item.trimStart().length);
      at += item.length + 1;
      if (!m?.[1] || !m[2]) continue;
      const name = m[1];
      const role = m[2].trim();
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
  return out;
}
