// Month names of the European languages neither chrono-node nor the other forms read, each in the order its
// grammar sets the day, the month and the year: the day first in Romanian "12 martie 2024", Greek "12 Μαρτίου
// 2024", Hebrew "12 במרץ 2024", Estonian "12. märts 2024", Latvian "12. martā", Finnish "12. maaliskuuta 2024",
// Albanian "12 prill 2024", Azerbaijani "12 fevral 2024", Bulgarian, Macedonian and Serbian "12 септември 2024";
// the year first in Hungarian "2024. március 12-én", Lithuanian "2024 m. kovo 12 d.", Latvian "2024. gada
// 12. martā", Estonian "2024. aasta 12. märtsil"; Finnish "maaliskuun 12. päivänä". And the day-first numbers
// of Czech and Slovak "12. 3. 2024", Greek "στις 12/3/2024" and Hebrew "ב-12/3/2024". forms.ts reads them with
// its own patterns; a day and month with no year take the year the other year rules give.

import type { Ymd } from './ymd.ts';

type Pattern = { re: RegExp; build: (m: RegExpExecArray) => Ymd | null; gate?: RegExp };

/** Lower case, no accents: headlines write Greek in capitals without them ("ΜΑΡΤΙΟΥ"), Hebrew has none to lose. */
const key = (w: string): string =>
  w
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** A table of month words, January first, read by their key. */
const table = (months: string[]): Map<string, number> => {
  const out = new Map<string, number>();
  months.forEach((forms, i) => {
    for (const f of forms.split('|')) out.set(key(f), i + 1);
  });
  return out;
};

/**
 * Month words written after the day, January first: Romanian, Greek (genitive and nominative), Estonian (with its
 * "on" ending, "märtsil"), Latvian (nominative and "in", "martā"), Finnish partitive ("maaliskuuta"), Albanian,
 * Azerbaijani, Bulgarian, Macedonian and Serbian Cyrillic (with the genitive "марта"), Hebrew (with "in", "במרץ").
 * Every word names the same month in every language that spells it so ("mai", "mart", "марта").
 */
const DAY_FIRST = table([
  'ianuarie|ιανουαριου|ιανουαριος|jaanuar|jaanuaril|janvaris|janvari|tammikuuta|janar|yanvar|януари|јануари|јануар|јануара',
  'februarie|φεβρουαριου|φεβρουαριος|veebruar|veebruaril|februaris|februari|helmikuuta|shkurt|fevral|февруари|фебруари|фебруар|фебруара',
  'martie|μαρτιου|μαρτιος|marts|martsil|marta|maaliskuuta|mart|март|марта',
  'aprilie|απριλιου|απριλιος|aprill|aprillil|aprilis|aprili|huhtikuuta|prill|aprel|април|априла',
  'mai|μαιου|μαιος|maijs|maija|toukokuuta|maj|may|мај|маја|май',
  'iunie|ιουνιου|ιουνιος|juuni|juunil|junijs|junija|kesakuuta|qershor|iyun|юни|јуни|јун|јуна',
  'iulie|ιουλιου|ιουλιος|juuli|juulil|julijs|julija|heinakuuta|korrik|iyul|юли|јули|јул|јула',
  'august|αυγουστου|αυγουστος|augustil|augusts|augusta|elokuuta|gusht|avqust|август|августа',
  'septembrie|σεπτεμβριου|σεπτεμβριος|september|septembril|septembris|septembri|syyskuuta|shtator|sentyabr|септември|септембар|септембра',
  'octombrie|οκτωβριου|οκτωβριος|oktoober|oktoobril|oktobris|oktobri|lokakuuta|tetor|oktyabr|октомври|октобар|октобра',
  'noiembrie|νοεμβριου|νοεμβριος|november|novembril|novembris|novembri|marraskuuta|nentor|noyabr|ноември|новембар|новембра',
  'decembrie|δεκεμβριου|δεκεμβριος|detsember|detsembril|decembris|decembri|joulukuuta|dhjetor|dekabr|декември|децембар|децембра',
]);
/** Hebrew months, written after the day with or without "in" (ב): "12 במרץ 2024", "12 מרץ". */
const HEBREW = table([
  'ינואר',
  'פברואר',
  'מרץ|מרס',
  'אפריל',
  'מאי',
  'יוני',
  'יולי',
  'אוגוסט',
  'ספטמבר',
  'אוקטובר',
  'נובמבר',
  'דצמבר',
]);
const dayFirstMonth = (w: string): number => DAY_FIRST.get(key(w)) ?? HEBREW.get(w.replace(/^ב-?/, '')) ?? 0;

/** Hungarian months and their short forms, written after the year and before the day. */
const HUNGARIAN = table([
  'január|jan',
  'február|febr|feb',
  'március|márc',
  'április|ápr',
  'május|máj',
  'június|jún',
  'július|júl',
  'augusztus|aug',
  'szeptember|szept',
  'október|okt',
  'november|nov',
  'december|dec',
]);
/** Lithuanian months in the genitive, as "2024 m. kovo 12 d." writes them. */
const LITHUANIAN = table([
  'sausio',
  'vasario',
  'kovo',
  'balandžio',
  'gegužės',
  'birželio',
  'liepos',
  'rugpjūčio',
  'rugsėjo',
  'spalio',
  'lapkričio',
  'gruodžio',
]);
/** Finnish months in the genitive, as "maaliskuun 12. päivänä" writes them. */
const FINNISH_GENITIVE = table([
  'tammikuun',
  'helmikuun',
  'maaliskuun',
  'huhtikuun',
  'toukokuun',
  'kesäkuun',
  'heinäkuun',
  'elokuun',
  'syyskuun',
  'lokakuun',
  'marraskuun',
  'joulukuun',
]);

const date = (year: string | undefined, month: number, day: string | undefined): Ymd | null =>
  month > 0 ? { year: year ? Number(year) : null, month, day: Number(day) } : null;

/** The day's case endings Hungarian joins to it with a hyphen: "12-én" (on), "12-i" (of), "12-től" (from), "12-ig" (until). */
const HU_DAY_ENDING = '(?:[aáeé]?n|j[aáeé]n|i|[aeá]i|jei|jai|t[óő]l|j[aá]t[óő]l|j[eé]t[őó]l|[aáeé]?ig|j[aáeé]ig|[aáeé]|j[aáeé])';

export const EUROPE_MORE_PATTERNS: Pattern[] = [
  // The day (with Estonian, Latvian, Finnish and Serbian's stop), the month's word, the year if written:
  // "12 martie 2024", "12. märts 2024", "12 Μαρτίου 2024", "12 במרץ 2024", "12. марта 2024. године".
  {
    re: /(?<![\p{L}\d.,:/])(\d{1,2})\.?\s+(\p{L}+)(?![\p{L}\d])(?:\.?,?\s+(\d{4})(?!\d))?/gu,
    gate: /\d\.?\s+[\p{L}]/u,
    build: (m) => date(m[3], dayFirstMonth(m[2] ?? ''), m[1]),
  },
  // Greek templates set the month's name first, as English does: "Ιούνιος 30, 2022".
  {
    re: /(?<![\p{L}])(\p{Script=Greek}+)\s+(\d{1,2}),\s*(\d{4})(?!\d)/gu,
    gate: /\p{Script=Greek}/u,
    build: (m) => date(m[3], DAY_FIRST.get(key(m[1] ?? '')) ?? 0, m[2]),
  },
  // Hungarian: the year with its stop, the month, the day with its stop or case ending: "2024. március 12-én",
  // "2024. márc. 12.", "március 12-én"; with no year only with the stop or ending that makes the number a day.
  {
    re: new RegExp(
      `(?<![\\p{L}\\d.])(?:(\\d{4})\\.\\s*)?(\\p{L}+)\\.?\\s+(\\d{1,2})(?:\\.(?!\\d)|-${HU_DAY_ENDING}(?![\\p{L}]))`,
      'gu',
    ),
    gate: /\p{L}\.?\s+\d{1,2}(?:\.|-\p{L})/u,
    build: (m) => date(m[1], HUNGARIAN.get(key(m[2] ?? '')) ?? 0, m[3]),
  },
  // Lithuanian: "2024 m. kovo 12 d.", "kovo 12 d.".
  {
    re: /(?<![\p{L}\d])(?:(\d{4})\s*m\.\s*)?(\p{L}+)\s+(\d{1,2})\s*d\.?(?![\p{L}\d])/gu,
    gate: /\d\s*d\b/u,
    build: (m) => date(m[1], LITHUANIAN.get(key(m[2] ?? '')) ?? 0, m[3]),
  },
  // Latvian and Estonian put "the year's" before the day: "2024. gada 12. martā", "2024. aasta 12. märtsil".
  {
    re: /(?<![\p{L}\d.])(\d{4})\.\s*(?:gada|aasta)\s+(\d{1,2})\.\s*(\p{L}+)(?![\p{L}])/gu,
    gate: /gada|aasta/u,
    build: (m) => date(m[1], DAY_FIRST.get(key(m[3] ?? '')) ?? 0, m[2]),
  },
  // Finnish: the month's genitive, the day with its stop, the word "day": "maaliskuun 12. päivänä 2024".
  {
    re: /(?<![\p{L}])(\p{L}+kuun)\s+(\d{1,2})\.\s*päivän[aä](?:\s+(\d{4})(?!\d))?/giu,
    gate: /kuun\s+\d/iu,
    build: (m) => date(m[3], FINNISH_GENITIVE.get(key(m[1] ?? '')) ?? 0, m[2]),
  },
  // Czech and Slovak space the numbers after their stops: "12. 3. 2024" (unspaced is the European form
  // forms-patterns.ts reads); the day's stop spaced, so not a version's number ("1.2. 2024", "ver. 1. 2. 2024").
  {
    re: /(?<![\d.])(?<!(?:ver|version|release|verze|verzia|v)\.?\s*)(\d{1,2})\.\s(\d{1,2})\.\s?(\d{4})(?![\d.]\d|\d)/gi,
    gate: /\d\.\s\d/,
    build: (m) => date(m[3], Number(m[2]), m[1]),
  },
  // Greek and Hebrew write the day first in numbers too, after "on" (στις, ב-): "στις 12/3/2024", "ב-12/3/2024".
  {
    re: /(?:(?<![\p{L}])(?:στις|στη|στην|την|από|έως|μέχρι)\s+|(?<![\p{L}])[במ]-?)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/giu,
    gate: /[\u0370-\u03ff\u0590-\u05ff]/u,
    build: (m) => date(m[3], Number(m[2]), m[1]),
  },
];
