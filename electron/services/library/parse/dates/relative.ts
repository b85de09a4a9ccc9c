// Words that date something only against another date: "today", "yesterday", "on Tuesday",
// "this morning", "the same day"; Korean 오늘/어제/이날; Vietnamese hôm nay/hôm qua/sáng nay/cùng ngày;
// Indonesian hari ini/kemarin/pada hari Rabu; Japanese/Chinese 本日/昨日/同日/今天/昨天/当天.
// "Last week", "recently", "earlier this month" name no day and are deliberately not read.

import type { DateMention } from './forms.ts';

type Kind = NonNullable<DateMention['relative']>;
type Word = { re: RegExp; kind: Kind; weekday?: (m: RegExpExecArray) => number };

const EN_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ID_DAYS = ['minggu', 'senin', 'selasa', 'rabu', 'kamis', "jum'at", 'sabtu'];
const VI_DAYS = ['chủ nhật', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy'];

const idDay = (w: string): number => {
  const k = w.toLowerCase().replace(/jumat/, "jum'at");
  return ID_DAYS.indexOf(k);
};

const WORDS: Word[] = [
  // English. Lowercase "today" only: "Today" may open a sentence, but also a programme's name; both read the same here.
  { re: /\b(?:[Oo]n\s+)?(?:(?:earlier|later)\s+)?(?:today|this\s+(?:morning|afternoon|evening)|tonight)\b/g, kind: 'today' },
  { re: /\bToday\b(?=,?\s+(?:the|[A-Z]\p{Ll}+\s))/gu, kind: 'today' },
  { re: /\b(?:yesterday|Yesterday)\b/g, kind: 'yesterday' },
  { re: /\b(?:the\s+same\s+day|that\s+day|later\s+that\s+day|[Ee]arlier\s+that\s+day)\b/g, kind: 'thatDay' },
  {
    re: /\b[Ll]ast\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    kind: 'lastWeekday',
    weekday: (m) => EN_DAYS.indexOf((m[1] ?? '').toLowerCase()),
  },
  {
    re: /(?:\b[Oo]n\s+)?\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s+(?:the\s+)?\d|,?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))/g,
    kind: 'weekday',
    weekday: (m) => EN_DAYS.indexOf((m[1] ?? '').toLowerCase()),
  },
  // Korean.
  { re: /이날|같은\s?날|당일/g, kind: 'thatDay' },
  { re: /오늘(?!\s*\(?\s*\d)/g, kind: 'today' },
  { re: /어제(?!\s*\(?\s*\d)/g, kind: 'yesterday' },
  // Vietnamese.
  { re: /(?<![\p{L}])(?:hôm\s+nay|(?:sáng|trưa|chiều|tối)\s+nay)(?![\p{L}])/giu, kind: 'today' },
  { re: /(?<![\p{L}])(?:hôm\s+qua|(?:sáng|trưa|chiều|tối|đêm)\s+qua)(?![\p{L}]|\s*\(?\s*\d)/giu, kind: 'yesterday' },
  { re: /(?<![\p{L}])(?:cùng\s+ngày|trong\s+ngày)(?![\p{L}])/giu, kind: 'thatDay' },
  {
    re: /(?<![\p{L}])(?:vào\s+)?(thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?:\s+(?:vừa\s+qua|tuần\s+trước))?(?![\p{L}]|\s*,?\s*\(?\s*(?:ngày\s+)?\d)/giu,
    kind: 'weekday',
    weekday: (m) => VI_DAYS.indexOf((m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')),
  },
  // Indonesian.
  { re: /\b(?:hari\s+ini|pagi\s+ini|siang\s+ini|sore\s+ini|malam\s+ini)\b/gi, kind: 'today' },
  { re: /\b[Kk]emarin\b(?!\s*\()/g, kind: 'yesterday' },
  { re: /\bhari\s+yang\s+sama\b/gi, kind: 'thatDay' },
  {
    re: /\b(?:pada\s+)?(?:hari\s+)?(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\b(?!\s*\(|,?\s+\d|\s+(?:lalu|depan|ini|ke)\b)/g,
    kind: 'weekday',
    weekday: (m) => idDay(m[1] ?? ''),
  },
  // Japanese and Chinese.
  { re: /本日|今日|今天/g, kind: 'today' },
  { re: /昨日|昨天/g, kind: 'yesterday' },
  { re: /同日|当天|当日/g, kind: 'thatDay' },
];

export function findRelativeMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const w of WORDS) {
    w.re.lastIndex = 0;
    for (let m = w.re.exec(text); m; m = w.re.exec(text)) {
      const weekday = w.weekday ? w.weekday(m) : null;
      if (weekday === -1) continue;
      out.push({
        index: m.index,
        phrase: m[0].trim(),
        year: null,
        month: null,
        day: null,
        relative: w.kind,
        weekday,
        hasOn: /^on\s/i.test(m[0]),
      });
    }
  }
  return out;
}

const DAY = 86_400_000;
const EN_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const toUtc = (isoDate: string): number => {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};
export const fromUtc = (t: number): string => new Date(t).toISOString().slice(0, 10);

/**
 * A relative word resolved against its anchor (the publication date, or for "이날"/"the same day"
 * the day the text has already established): the date and a plain sentence saying how.
 */
export function resolveRelative(
  m: DateMention,
  anchor: { date: string; what: string },
  established: { date: string; phrase: string } | null,
): { date: string; why: string } | null {
  const a = toUtc(anchor.date);
  const q = `'${m.phrase}'`;
  switch (m.relative) {
    case 'today':
      return { date: anchor.date, why: `${q}, ${anchor.what} ${anchor.date}` };
    case 'yesterday':
      return { date: fromUtc(a - DAY), why: `${q}, the day before ${anchor.what} ${anchor.date}` };
    case 'thatDay':
      return established
        ? { date: established.date, why: `${q}, the day the text gave before ('${established.phrase}', ${established.date})` }
        : { date: anchor.date, why: `${q}, ${anchor.what} ${anchor.date}` };
    case 'weekday':
    case 'lastWeekday': {
      const wd = m.weekday ?? 0;
      let back = (new Date(a).getUTCDay() - wd + 7) % 7;
      if (m.relative === 'lastWeekday' && back === 0) back = 7;
      const name = EN_NAMES[wd] ?? '';
      const how = back === 0 ? `the ${name} of ${anchor.what}` : `the ${name} before ${anchor.what}`;
      return { date: fromUtc(a - back * DAY), why: `${q}, ${how} ${anchor.date}` };
    }
    default:
      return null;
  }
}
