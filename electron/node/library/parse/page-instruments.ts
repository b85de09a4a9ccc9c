// The page's own instruments around a record: its clock, its weather and market widgets, its
// search box and its top bar of links. None of them is the record, and the clock's date is the
// day the page was viewed, not the day it was published.

import { dateOfDateLine } from './dates/date-line.ts';
import { collapse } from './text.ts';

/** A weather or market widget: "Hanoi 28°C", "KOSPI 2,500.12 ▲12.3", "USD/VND 23,050". */
export function isWidget(line: string): boolean {
  if (line.split(/\s+/).length > 8 || !/\d/.test(line)) return false;
  return (
    /-?\d+(?:[.,]\d+)?\s*(?:°\s*[CF]?|[℃℉])(?![\p{L}])/u.test(line) ||
    /[▲▼△▽↑↓]/.test(line) ||
    /^(?:[A-Z][A-Z0-9&-]{1,9}(?:\/[A-Z]{3})?)\s+[\d.,]+(?:\s*[+-]?[\d.,]+%?)*$/.test(line)
  );
}

/** A row of links set apart by wide gaps, as copied from a page's top bar ("Trang chủ     Đăng ký nhận tin    Ý kiến bạn đọc"). */
export function isSpacedMenu(raw: string): boolean {
  const parts = raw
    .trim()
    .split(/\s{3,}|\t+/)
    .filter((p) => p.trim() !== '');
  return parts.length >= 4 && parts.every((p) => p.trim().split(/\s+/).length <= 4 && !/[.!?。]$/.test(p.trim()));
}

/** "Theo dõi Báo Gia Lai trên Google News", "Follow us on Google News": a button that names the site. */
export const FOLLOW_SITE = /^(?:theo dõi|follow)\s+(.{2,60}?)\s+(?:trên|on)\s+google\s+(?:news|tin tức)$/iu;

/** A search box's label: "Tìm kiếm", "Tìm kiếm nâng cao", "Search", "검색", "상세검색". */
const SEARCH_BOX =
  /^(?:tìm kiếm|search|advanced search|검색|상세\s?검색|cari|pencarian|搜索|検索|recherche|suche|buscar)(?:\s+nâng cao)?$/iu;
const SEARCH_BOX_END = /\s(?:tìm kiếm|search|검색|cari|搜索|検索)$/iu;

/**
 * The site's clock: a date on its own line just above a weather or market widget ("2024.04.19
 * (금)" then "서울 3.2℃") is the day the page was viewed, not when the record was published.
 */
export function siteClockLines(lines: string[]): boolean[] {
  const out = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    const t = collapse(lines[i] ?? '').replace(/^[•·\-*]\s*/, '');
    if (t === '' || !/\d/.test(t)) continue;
    const next = lines.slice(i + 1).findIndex((l) => l.trim() !== '');
    const after = next === -1 ? '' : collapse(lines[i + 1 + next] ?? '').replace(/^[•·\-*]\s*/, '');
    const prev = lines.slice(0, i).findLastIndex((l) => l.trim() !== '');
    const before = prev === -1 ? '' : collapse(lines[prev] ?? '').replace(/^[•·\-*]\s*/, '');
    // Today's date printed beside the search box ("Thứ hai, ngày 23 tháng 12 năm 2024 Tìm kiếm"), or a line that is only a
    // date just below it ("Menu / Search / Jeudi 28 Mars 2024 / S'abonner"): the top bar's clock, not the record's byline.
    if (
      t.split(' ').length <= 12 &&
      /\d{4}/.test(t) &&
      (SEARCH_BOX_END.test(t) || SEARCH_BOX.test(after) || (SEARCH_BOX.test(before) && dateOfDateLine(t) !== null))
    )
      out[i] = true;
    if (t.split(' ').length > 4) continue;
    if (after !== '' && isWidget(after) && !isWidget(t)) out[i] = true;
  }
  return out;
}
