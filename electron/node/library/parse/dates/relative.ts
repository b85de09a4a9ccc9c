// Words that date something only against another date: "today", "yesterday", "on Tuesday",
// "this morning", "the same day"; Korean 오늘/어제/이날; Vietnamese hôm nay/hôm qua/sáng nay/cùng ngày;
// Indonesian hari ini/kemarin/pada hari Rabu; Japanese/Chinese 本日/昨日/同日/今天/昨天/当天.
// "Last week", "recently", "earlier this month" name no day and are deliberately not read.

import { ASIA_WORDS } from './relative-asia.ts';
import { DUTCH_WORDS } from './relative-dutch.ts';
import { EUROPEAN } from './relative-european.ts';
import { NORDIC_WORDS } from './relative-nordic.ts';
import { PERSIAN_WORDS } from './relative-persian.ts';
import { ROMANCE_WORDS } from './relative-romance.ts';
import { TURKISH_WORDS } from './relative-turkish.ts';
import { TWO_DAYS_WORDS } from './relative-two-days.ts';
import { VIETNAMESE_WORDS } from './relative-vietnamese.ts';
import { WEEKDAY_MORE_WORDS } from './relative-weekdays-more.ts';
import { WEST_SLAVIC_WORDS } from './relative-west-slavic.ts';
import type { RelativeWord as Word } from './relative-word.ts';
import { WORLD_WORDS } from './relative-world.ts';
import type { DateMention } from './ymd.ts';

export { EU_DAYS } from './relative-european.ts';
export { VI_DAYS } from './relative-vietnamese.ts';

const EN_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const ID_DAYS = ['minggu', 'senin', 'selasa', 'rabu', 'kamis', "jum'at", 'sabtu'];
/** Finnish weekdays, Sunday first. */
export const FI_DAYS = ['sunnuntai', 'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai'];

/** Malay names where they differ from Indonesian ones: "pada Isnin", "Khamis lalu". */
const MS_DAYS: Record<string, string> = { ahad: 'minggu', isnin: 'senin', khamis: 'kamis', jumaat: "jum'at" };
const idDay = (w: string): number => {
  const k = (MS_DAYS[w.toLowerCase()] ?? w.toLowerCase()).replace(/jumat/, "jum'at");
  return ID_DAYS.indexOf(k);
};

const ARABIC = /[\u0621-\u064a]/;
/** Arabic weekday names after the article, Sunday first. */
const AR_DAYS = ['أحد', 'اثنين', 'ثلاثاء', 'أربعاء', 'خميس', 'جمعة', 'سبت'];
const HANGUL = /[\uac00-\ud7af]/;
const HAN = /[\u4e00-\u9fff]/;

const WORDS: Word[] = [
  // English. Lowercase "today" only: "Today" may open a sentence, but also a programme's name; both read the same here.
  { re: /\b(?:[Oo]n\s+)?(?:(?:earlier|later)\s+)?(?:today|[Tt]his\s+(?:morning|afternoon|evening)|tonight)\b/g, kind: 'today' },
  { re: /\bToday\b(?=,?\s+(?:the|[A-Z]\p{Ll}+\s))/gu, kind: 'today' },
  // "last night" in a record dated the morning after is the day before, as "yesterday" is.
  { re: /\b(?:yesterday|Yesterday|last\s+night)\b/g, kind: 'yesterday' },
  { re: /\b(?:the\s+same\s+day|that\s+day|later\s+that\s+day|[Ee]arlier\s+that\s+day)\b/g, kind: 'thatDay' },
  {
    re: /\b[Ll]ast\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    kind: 'lastWeekday',
    weekday: (m) => EN_DAYS.indexOf((m[1] ?? '').toLowerCase()),
  },
  {
    // Without "on", a weekday before a capitalised word is part of a name: "to Sunday Sun", "the Good Friday Agreement".
    re: /\b[Oo]n\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s+(?:the\s+)?\d|,?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s+(?:the\s+)?\d|,?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)[A-Z][a-z]+)/g,
    kind: 'weekday',
    weekday: (m) => EN_DAYS.indexOf((m[1] ?? m[2] ?? '').toLowerCase()),
  },
  {
    // Some wire desks write weekdays in lower case ("was signed wednesday", "on friday"): read only after "on" or a
    // past-tense verb, never before a date it names, so a lower-case name in a URL or a tag stays unread.
    re: /(?:\bon\s+|(?<=\b(?:[a-z]+ed|met|held|said|told)\s+))(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!,?\s+(?:the\s+)?\d)/g,
    kind: 'weekday',
    weekday: (m) => EN_DAYS.indexOf(m[1] ?? ''),
    gate: /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/,
  },
  // Korean.
  { re: /이날|같은\s?날|당일/g, kind: 'thatDay', gate: HANGUL },
  { re: /오늘(?!\s*\(?\s*\d)/g, kind: 'today', gate: HANGUL },
  { re: /어제(?!\s*\(?\s*\d)/g, kind: 'yesterday', gate: HANGUL },
  // "목요일 … 올랐다", "지난 화요일": a weekday, not before a date it names ("목요일(20일)" is read by the date).
  {
    re: /(?<![\uac00-\ud7af])(지난\s*)?([월화수목금토일])요일(?!\s*\(?\s*\d)/g,
    kind: 'weekday',
    gate: /요일/,
    weekday: (m) => '일월화수목금토'.indexOf(m[2] ?? ''),
  },
  // Vietnamese.
  ...VIETNAMESE_WORDS,
  // Indonesian and Malay.
  { re: /\b(?:hari\s+ini|pagi\s+ini|siang\s+ini|sore\s+ini|malam\s+ini)\b/gi, kind: 'today', gate: /ini/i },
  { re: /\b[Kk]emarin\b(?!\s*\()/g, kind: 'yesterday' },
  { re: /\bhari\s+yang\s+sama\b/gi, kind: 'thatDay', gate: /hari/i },
  {
    re: /\b(?:pada\s+)?(?:hari\s+)?(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Isnin|Khamis|Jumaat|Ahad)\b(?!\s*\(|,?\s+\d|\s+(?:lalu|depan|ini|ke)\b)/g,
    kind: 'weekday',
    weekday: (m) => idDay(m[1] ?? ''),
  },
  ...EUROPEAN,
  ...TURKISH_WORDS,
  ...NORDIC_WORDS,
  // Dutch, Italian's parts of the day, Catalan (latin28).
  ...DUTCH_WORDS,
  ...ROMANCE_WORDS,
  // Hindi, Malay, Tagalog and Thai (asia28).
  ...ASIA_WORDS,
  // Polish, Czech, Slovak, Croatian, Serbian.
  ...WEST_SLAVIC_WORDS,
  // Arabic: the article and a conjunction join the word ("واليوم", "يوم الثلاثاء"); "اليوم الوطني" is a national day.
  { re: /(?<![\u0621-\u064a])(?:و|ف)?اليوم(?![\u0621-\u064a]|\s+(?:الوطني|العالمي|الدولي))/g, kind: 'today', gate: ARABIC },
  { re: /(?<![\u0621-\u064a])(?:و|ف)?(?:أمس|امس)(?![\u0621-\u064a])/g, kind: 'yesterday', gate: ARABIC },
  {
    re: /(?<![\u0621-\u064a])(?:يوم\s+)?(?:و|ف)?ال(أحد|اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت)(?![\u0621-\u064a])(?!\s*[\d٠-٩])/g,
    kind: 'weekday',
    gate: ARABIC,
    weekday: (m) => AR_DAYS.indexOf((m[1] ?? '').replace('إ', 'ا')),
  },
  ...PERSIAN_WORDS,
  // Today and yesterday in the languages above tables lack (Hungarian to Armenian).
  ...WORLD_WORDS,
  // "On Tuesday" in Greek, Romanian, Hungarian and Hebrew.
  ...WEEKDAY_MORE_WORDS,
  // The day before yesterday, every language's.
  ...TWO_DAYS_WORDS,
  // Finnish: the weekday in the essive, "on Wednesday" ("keskiviikkona"), "viime keskiviikkona" (last); not "ensi" (next) nor before a date.
  {
    re: /(?<![\p{L}])(viime\s+|ensi\s+)?(maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)na(?![\p{L}])(?!\s*\d)/giu,
    kind: 'weekday',
    gate: /(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)na/i,
    weekday: (m) => (/^ensi/i.test(m[1] ?? '') ? -1 : FI_DAYS.indexOf((m[2] ?? '').toLowerCase())),
  },
  // Chinese: "星期五", "週五", "(當地時間)周五" with no date after it ("周五(8日)" is read by the date); not "上周五"/"下周五"
  // (last or next week's), "每周五" (every Friday), a range ("周一至周五"); 周 only after "于/在/时间/日" or before
  // where or when the sentence goes on ("王毅周一在北京会见", "周一上午", "周一同"): 周 is also a surname ("周一鸣表示").
  {
    re: /(?<![上下本这這每个個])(?:星期|週|禮拜|礼拜|(?<=[于於在间間时時日])周|周(?=[一二三四五六日天][在于於同与與晚上下早中午]))([一二三四五六日天])(?![至到、\-—~～]|\s*[（(]?\s*\d)/g,
    kind: 'weekday',
    gate: /(?:星期|週|禮拜|礼拜|周)[一二三四五六日天]/,
    weekday: (m) => '日一二三四五六'.indexOf((m[1] ?? '').replace('天', '日')),
  },
  // Japanese and Chinese.
  { re: /本日|今日|今天/g, kind: 'today', gate: HAN },
  // Japanese broadcasters write today, this morning and yesterday in kana ("きょう", "けさ", "きのう");
  // only as a word of its own, between particles or kanji ("きょうだい" is a sibling).
  {
    re: /(?<=^|[^ぁ-ゖ]|[のはもにとでがを])(?:きょう|けさ|今朝)(?=[はのもに、。\s]|[\p{Script=Han}\p{Script=Katakana}])/gu,
    kind: 'today',
    gate: /きょう|けさ|今朝/,
  },
  {
    re: /(?<=^|[^ぁ-ゖ]|[のはもにとでがを])きのう(?=[はのもに、。\s]|[\p{Script=Han}\p{Script=Katakana}])/gu,
    kind: 'yesterday',
    gate: /きのう/,
  },
  { re: /昨日|昨天/g, kind: 'yesterday', gate: HAN },
  { re: /同日|当天|当日/g, kind: 'thatDay', gate: HAN },
];

export function findRelativeMentions(text: string): DateMention[] {
  const out = wordsIn(text);
  // "l'altro ieri", "avant-hier", "أول أمس": the day before yesterday, not the "yesterday" inside it.
  const two = out.filter((m) => m.relative === 'twoDaysAgo');
  return out.filter(
    (m) => m.relative === 'twoDaysAgo' || !two.some((t) => m.index >= t.index && m.index < t.index + t.phrase.length),
  );
}

function wordsIn(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const w of WORDS) {
    if (w.gate && !w.gate.test(text)) continue;
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
    case 'twoDaysAgo':
      return { date: fromUtc(a - 2 * DAY), why: `${q}, two days before ${anchor.what} ${anchor.date}` };
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
