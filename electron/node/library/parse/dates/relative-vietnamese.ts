// Vietnamese words that date something against the record's own date: "hôm nay", "sáng nay" (today), "hôm qua",
// "chiều qua" (yesterday), "cùng ngày", "trong ngày" (that same day), "thứ Ba", "chủ nhật" (a weekday).
// relative.ts reads them with the other languages' words.

import type { RelativeWord as Word } from './relative-word.ts';

/** Weekdays, Sunday first. */
export const VI_DAYS = ['chủ nhật', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy'];

/** The Vietnamese letters of the words below (hôm, sáng, trưa, chiều, tối, đêm, cùng, ngày, thứ, chủ). */
const VI_LETTER = /[ôáưềốđùàứủ]/iu;

export const VIETNAMESE_WORDS: Word[] = [
  { re: /(?<![\p{L}])(?:hôm\s+nay|(?:sáng|trưa|chiều|tối)\s+nay)(?![\p{L}])/giu, kind: 'today', gate: VI_LETTER },
  {
    re: /(?<![\p{L}])(?:hôm\s+qua|(?:sáng|trưa|chiều|tối|đêm)\s+qua)(?![\p{L}]|\s*\(?\s*\d)/giu,
    kind: 'yesterday',
    gate: VI_LETTER,
  },
  // "trong ngày đầu tiên", "trong ngày thứ hai", "trong ngày 22": the day its next word names (a visit's first), not that day.
  {
    re: /(?<![\p{L}])(?:cùng\s+ngày|trong\s+ngày(?!\s+(?:đầu|cuối|thứ|hôm|mai|kia|\d)))(?![\p{L}])/giu,
    kind: 'thatDay',
    gate: VI_LETTER,
  },
  {
    // "lần thứ sáu", "khóa thứ hai", "hạng thứ ba": an ordinal after a counted noun, not a weekday.
    re: /(?<![\p{L}])(?<!(?:lần|kỳ|khóa|khoá|phiên|đợt|vòng|lớp|hạng|số|người|nước|điểm|bước)\s+)(?:vào\s+)?(thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?:\s+(?:vừa\s+qua|tuần\s+trước))?(?![\p{L}]|\s*,?\s*\(?\s*(?:ngày\s+)?\d)/giu,
    kind: 'weekday',
    gate: VI_LETTER,
    weekday: (m) => VI_DAYS.indexOf((m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')),
  },
];
