// Persian (and Dari) writes no capitals and puts the office after the name: "سید عباس عراقچی وزیر امور
// خارجه", "«رجب طیب اردوغان» رئیس جمهور این کشور", "علیرضا بیکدلی، سرپرست سفارت ایران در کابل". An
// office is found, then the name read backwards from it: the words in guillemets, or up to four words
// back to one that cannot be part of a name (a preposition, a verb, a time word, a rank such as
// "آیت‌الله" or "مولوی"). The country follows the office ("وزیر امور خارجه فدراسیون روسیه") or is its
// adjective ("همتای ترک خود": his Turkish counterpart).

import { isPersianText, PERSIAN_FUTURE, PERSIAN_LETTER, PERSIAN_PAST } from '../dates/words-persian.ts';
import { execAll } from '../patterns.ts';
import type { Mention } from './types.ts';

/** A joint inside a word: zero-width non-joiner, a space, or nothing ("رئیس‌جمهور", "رئیس جمهور", "نخستوزیر"). */
const J = '[\\u200c ]?';
/** Offices, the longest first; "وزیر" takes its ministry's words after it (read apart). */
const OFFICE = [
  `(?:معاون(?: [\\p{L}]+){0,3} )?وزیر${J}امور${J}خارجه`,
  `(?:معاون(?: [\\p{L}]+){0,3} )?وزیر${J}خارجه`,
  `وزیران (?:امور )?خارجه`,
  `رئیس${J}جمهور(?:ی)?`,
  `نخست${J}وزیر`,
  'رئیس(?:الوزرا| مجلس| کابینه)',
  `سرپرست (?:سفارت|وزارت(?: امور)? خارجه|این وزارت)`,
  'وزیر مشاور(?: در وزارت امور خارجه)?',
  'وزیر(?: [\\p{L}]+){1,4}?(?= (?:و|،|در|با)?)',
  'سفیر',
  'کاردار',
  `دبیر${J}کل`,
  'نماینده ویژه',
  'ولیعهد',
  'استاندار',
].join('|');

/** Country names and adjectives as Persian writes them, to the name the labels use. */
const COUNTRIES: [RegExp, string][] = [
  [/^(?:جمهوری اسلامی(?: ایران)?|ایران|ایرانی|کشورمان)$/u, 'Iran'],
  [/^(?:فدراسیون روسیه|روسیه|روس|روسی)$/u, 'Russia'],
  [/^(?:ترکیه|ترک)$/u, 'Turkey'],
  [/^(?:عربستان(?: سعودی)?|سعودی)$/u, 'Saudi Arabia'],
  [/^(?:(?:دولت )?قطر|قطری)$/u, 'Qatar'],
  [/^(?:کویت|کویتی)$/u, 'Kuwait'],
  [/^(?:عراق|عراقی)$/u, 'Iraq'],
  [/^(?:سوریه|سوری)$/u, 'Syria'],
  [/^(?:افغانستان|افغان|حکومت طالبان|طالبان|امارت اسلامی)$/u, 'Afghanistan'],
  [/^(?:پاکستان|پاکستانی)$/u, 'Pakistan'],
  [/^(?:چین|چینی)$/u, 'China'],
  [/^(?:آمریکا|امریکا|ایالات متحده|آمریکایی)$/u, 'United States'],
  [/^(?:فرانسه|فرانسوی)$/u, 'France'],
  [/^(?:آلمان|آلمانی)$/u, 'Germany'],
  [/^(?:انگلیس|بریتانیا|انگلیسی)$/u, 'United Kingdom'],
  [/^(?:هند|هندی)$/u, 'India'],
  [/^(?:ژاپن|ژاپنی)$/u, 'Japan'],
  [/^(?:عمان|عمانی)$/u, 'Oman'],
  [/^(?:امارات(?: متحده عربی)?|اماراتی)$/u, 'United Arab Emirates'],
  [/^(?:لبنان|لبنانی)$/u, 'Lebanon'],
  [/^(?:مصر|مصری)$/u, 'Egypt'],
  [/^(?:تاجیکستان|ازبکستان|ترکمنستان|قزاقستان|آذربایجان|ارمنستان)$/u, ''],
  [/^(?:سازمان ملل(?: متحد)?)$/u, 'United Nations'],
];
const CENTRAL_ASIA: Record<string, string> = {
  تاجیکستان: 'Tajikistan',
  ازبکستان: 'Uzbekistan',
  ترکمنستان: 'Turkmenistan',
  قزاقستان: 'Kazakhstan',
  آذربایجان: 'Azerbaijan',
  ارمنستان: 'Armenia',
};

function countryOf(words: string): string | null {
  const found = COUNTRIES.find(([re]) => re.test(words))?.[1];
  if (found === undefined) return null;
  return found === '' ? (CENTRAL_ASIA[words] ?? null) : found;
}

/** The country in the one to three words after an office: "فدراسیون روسیه", "جمهوری اسلامی ایران", "سوریه". */
function countryAfter(text: string, at: number): { country: string; end: number } | null {
  const m = /^،? ((?:[\p{L}]+)(?: [\p{L}]+){0,2})/u.exec(text.slice(at, at + 50));
  if (!m?.[1]) return null;
  const words = m[1].split(' ');
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const country = countryOf(words.slice(0, n).join(' '));
    if (country) return { country, end: at + m[0].length - m[1].length + words.slice(0, n).join(' ').length };
  }
  return null;
}

/** Words a name never holds: prepositions, conjunctions, time words, verbs, ranks, offices, meeting words. */
const STOP = new RegExp(
  '^(?:و|با|از|در|به|که|را|این|آن|برای|تا|نیز|هم|همچنین|امروز|دیروز|فردا|روز|صبح|عصر|شب|ظهر|بامداد|گزارش|نقل|خبرگزاری|' +
    'شنبه|یکشنبه|دوشنبه|سه‌شنبه|سهشنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه|دیدار|گفتگو|گفتوگو|رایزنی|ملاقات|همتای|خود|سفر|' +
    'اظهار|گفت|کرد|کردند|نوشت|ضمن|پیش|پس|قبل|بعد|طی|میان|بین|جمهوری|اسلامی|وزیر|وزیران|معاون|رئیس|سفیر|سخنگوی|سرپرست|' +
    'های|ها|هایی|خارجی|داخلی|محترم|مقامات|سابق|جدید|شد|شده|است|بود|داد|برگزار|خبر|' +
    'آیت‌الله|آیتالله|حجت‌الاسلام|حجتالاسلام|مولوی|ملا|دکتر|آقای|خانم|مهندس|سردار|شیخ|هیات|هیئت|وی|او|ایشان|دو|کشور|کشورمان|حضور|محل|حاشیه)$',
  'u',
);

/** Up to four words of a name that ends at `end`, read backwards. */
function nameBefore(text: string, end: number): { name: string; start: number } | null {
  const before = text.slice(Math.max(0, end - 80), end);
  // «رجب طیب اردوغان» and a comma or space before the office.
  const quoted = /«([^«»\n]{2,50})»[،,]?\s*$/u.exec(before);
  if (quoted?.[1]) return { name: quoted[1].trim(), start: end - before.length + quoted.index + 1 };
  const m = /((?:[\p{L}\u200c]+ ){1,5}?)?([\p{L}\u200c]+)[،,]?\s*$/u.exec(before);
  if (!m) return null;
  const words = `${m[1] ?? ''}${m[2] ?? ''}`.trim().split(' ');
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 4; i--) {
    const w = words[i] ?? '';
    if (STOP.test(w) || countryOf(w)) break;
    kept.unshift(w);
  }
  if (kept.length < 2) return null;
  const name = kept.join(' ');
  const start = before.lastIndexOf(name);
  return start < 0 ? null : { name, start: end - before.length + start };
}

/** A plural office, said of two people named before it. */
const PLURAL_OFFICE = /^وزیران/u;

/** The countries after a plural office, in the order of the names: "جمهوری اسلامی و ترکیه". */
function countriesAfter(text: string, at: number): (string | null)[] {
  const first = countryAfter(text, at);
  if (!first) return [];
  const next = / و /uy;
  next.lastIndex = first.end;
  return [first.country, next.test(text) ? (countryAfter(text, next.lastIndex - 1)?.country ?? null) : null];
}

const OFFICE_AFTER = new RegExp(`(?<=[\\p{L}»][،,]? )(${OFFICE}|همتای(?: ([\\p{L}]+))? خود)(?![\\p{L}])`, 'gu');

export function persianMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!isPersianText(text) || !/\p{Script=Arabic}/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(OFFICE_AFTER, text)) {
    const n = nameBefore(text, m.index);
    if (!n) continue;
    const counterpart = m[1]?.startsWith('همتای');
    let role: string | null = counterpart ? null : (m[1] ?? '').replace(/ جدید$/u, '');
    let end = m.index + m[0].length;
    let country = counterpart ? (m[2] ? countryOf(m[2]) : null) : null;
    if (!counterpart) {
      // "سفیر جدید فدراسیون روسیه": an adjective between office and country.
      const skip = /^ جدید/u.exec(text.slice(end, end + 8))?.[0].length ?? 0;
      const c = countryAfter(text, end + skip);
      if (c) {
        country = c.country;
        end = c.end;
      }
      if (role === '') role = null;
    }
    const to = n.start + n.name.length;
    if (!free(n.start, to)) continue;
    // "عباس عراقچی و هاکان فیدان وزیران خارجه ایران و ترکیه": a plural office after two names joined by "و".
    const joined = PLURAL_OFFICE.test(m[1] ?? '') && text.slice(n.start - 3, n.start) === ' و ';
    const other = joined ? nameBefore(text, n.start - 3) : null;
    if (other && free(other.start, other.start + other.name.length)) {
      const [first, second] = countriesAfter(text, m.index + m[0].length);
      const office = (m[1] ?? '').replace(/^وزیران/u, 'وزیر');
      const how = 'named before a plural title, one of two (Persian)';
      const at = (w: { name: string; start: number }, c: string | null): [Mention, number] => [
        { index: w.start, surface: w.name, name: w.name, role: office, country: c, kind: 'named', how },
        w.start + w.name.length,
      ];
      out.push(at(other, first ?? null), at(n, second ?? null));
      continue;
    }
    out.push([
      {
        index: n.start,
        surface: text.slice(n.start, end),
        name: n.name,
        role,
        country,
        kind: 'named',
        how: 'named before a title (Persian)',
      },
      to,
    ]);
  }
  return out;
}

const FUTURE_SAID = new RegExp(PERSIAN_FUTURE, 'u');
const PAST_SAID = new RegExp(PERSIAN_PAST, 'u');

/**
 * Persian puts the verb last: a sentence is about later when it says "قرار است" or "خواهد" anywhere and
 * reports nothing done ("قرار است … با ملا محمدحسن آخوند … دیدار کند"). The whole sentence around [start, end) is read.
 */
export function persianFuture(text: string, start: number, end: number): boolean {
  if (!PERSIAN_LETTER.test(text.slice(start, end))) return false;
  const from = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('.', start)) + 1;
  const stop = /[.!?\n]/u.exec(text.slice(end, end + 400));
  const sentence = text.slice(from, stop ? end + stop.index : end + 400);
  return FUTURE_SAID.test(sentence) && !PAST_SAID.test(sentence);
}
