// Date forms whose reading depends on the words around the numbers: a day-first "06-09-2014" after
// an Arabic weekday, a Spanish or French "Publicado: 7/8/2022", a Thai "30 พ.ค. 67" whose two-digit
// year is the Buddhist era's. forms.ts reads them with its own patterns.

import { DAY_MONTH_PATTERNS } from './forms-day-month.ts';
import { MONTH, monthNumber } from './months.ts';
import type { Ymd } from './ymd.ts';

type Pattern = { re: RegExp; build: (m: RegExpExecArray) => Ymd | null; gate?: RegExp };

const THAI_ABBREVIATED = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const thaiNumber = (s: string): number => Number(s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)));

/** Labels of a date in languages that write the day first. */
const DAY_FIRST_LABEL =
  '(?:Publicado|Publicada|Actualizado|Actualizada|Publié|Publiée|Mis\\s+à\\s+jour|Pubblicato|Aggiornato|Veröffentlicht|Aktualisiert|Publicat|Cập\\s+nhật(?:\\s+lúc)?|Đăng(?:\\s+lúc)?|Ngày\\s+đăng)';

/** Spanish, Portuguese and Italian month names, January first. */
const ROMANCE_MONTHS = [
  ['enero', 'janeiro', 'gennaio'],
  ['febrero', 'fevereiro', 'febbraio'],
  ['marzo', 'março', 'marzo'],
  ['abril', 'abril', 'aprile'],
  ['mayo', 'maio', 'maggio'],
  ['junio', 'junho', 'giugno'],
  ['julio', 'julho', 'luglio'],
  ['agosto', 'agosto', 'agosto'],
  ['septiembre', 'setembro', 'settembre', 'setiembre'],
  ['octubre', 'outubro', 'ottobre'],
  ['noviembre', 'novembro', 'novembre'],
  ['diciembre', 'dezembro', 'dicembre'],
];
const romanceMonth = (w: string): number => ROMANCE_MONTHS.findIndex((names) => names.includes(w.toLowerCase())) + 1;
const ROMANCE_MONTH = [...new Set(ROMANCE_MONTHS.flat())].join('|');

/**
 * Arabic month names, January first: Egyptian and Gulf, Levantine and Iraqi, Algerian and Tunisian
 * (from the French: جانفي, فيفري, أفريل, جوان, جويلية, أوت) and Moroccan (يوليوز, غشت, شتنبر, نونبر,
 * دجنبر); digits may be Arabic-Indic (٠-٩).
 */
const ARABIC_MONTHS = [
  ['يناير', 'كانون الثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري'],
  ['مارس', 'آذار'],
  ['أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل', 'افريل'],
  ['مايو', 'أيار', 'ايار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز'],
  ['أغسطس', 'اغسطس', 'آب', 'أوت', 'اوت', 'غشت'],
  ['سبتمبر', 'أيلول', 'ايلول', 'شتنبر'],
  ['أكتوبر', 'اكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني', 'نونبر'],
  ['ديسمبر', 'كانون الأول', 'دجنبر'],
];
const ARABIC_MONTH = ARABIC_MONTHS.flat().join('|');
const arabicMonth = (w: string): number => ARABIC_MONTHS.findIndex((names) => names.includes(w)) + 1;
const arabicNumber = (s: string): number => Number(s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)));

/** Bengali and Hindi month names, January first; Bengali "য়" may be one letter or two, and digits their own (০-৯, ०-९). */
const INDIC_MONTHS = [
  ['জানুয়ারি', 'জানুয়ারী', 'जनवरी'],
  ['ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'फ़रवरी', 'फरवरी'],
  ['মার্চ', 'मार्च'],
  ['এপ্রিল', 'अप्रैल'],
  ['মে', 'मई'],
  ['জুন', 'जून'],
  ['জুলাই', 'जुलाई'],
  ['আগস্ট', 'আগষ্ট', 'अगस्त'],
  ['সেপ্টেম্বর', 'सितंबर', 'सितम्बर'],
  ['অক্টোবর', 'अक्टूबर', 'अक्तूबर'],
  ['নভেম্বর', 'नवंबर', 'नवम्बर'],
  ['ডিসেম্বর', 'दिसंबर', 'दिसम्बर'],
];
const indicKey = (w: string): string => w.normalize('NFD');
const indicMonth = (w: string): number => INDIC_MONTHS.findIndex((names) => names.some((n) => indicKey(n) === indicKey(w))) + 1;
const INDIC_MONTH = INDIC_MONTHS.flat()
  .map((n) =>
    indicKey(n)
      .replace(/\u09af\u09bc/g, '(?:\u09af\u09bc|\u09df)')
      .replace(/\u095e|\u092b\u093c/g, '(?:\u095e|\u092b\u093c)'),
  )
  .join('|');
const INDIC_DIGITS = '[\\d\u09e6-\u09ef\u0966-\u096f]';
const indicNumber = (s: string): number =>
  Number(
    s
      .replace(/[\u09e6-\u09ef]/g, (d) => String(d.charCodeAt(0) - 0x09e6))
      .replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x0966)),
  );
/** Neither a digit nor a letter of the two scripts on either side ("১৫ মে" but not "মেয়র"). */
const INDIC_EDGE = '[\\d\u0980-\u09ff\u0900-\u097f]';

/** Russian and Ukrainian month names, nominative and genitive, January first: "Июль", "июля", "липня". */
const CYRILLIC_MONTHS = [
  'январь|января|січень|січня',
  'февраль|февраля|лютий|лютого',
  'март|марта|березень|березня',
  'апрель|апреля|квітень|квітня',
  'май|мая|травень|травня',
  'июнь|июня|червень|червня',
  'июль|июля|липень|липня',
  'август|августа|серпень|серпня',
  'сентябрь|сентября|вересень|вересня',
  'октябрь|октября|жовтень|жовтня',
  'ноябрь|ноября|листопад|листопада',
  'декабрь|декабря|грудень|грудня',
];
const cyrillicMonth = (w: string): number => CYRILLIC_MONTHS.findIndex((names) => names.split('|').includes(w.toLowerCase())) + 1;

/** Turkish month names, January first. */
const TURKISH_MONTHS = [
  'Ocak',
  'Şubat',
  'Mart',
  'Nisan',
  'Mayıs',
  'Haziran',
  'Temmuz',
  'Ağustos',
  'Eylül',
  'Ekim',
  'Kasım',
  'Aralık',
];

/** Portuguese and Spanish weekdays, as news writes them before a day of the month. */
export const IBERIAN_WEEKDAY = '(?:segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes';
const IBERIAN_DAYS = [
  ['domingo'],
  ['segunda-feira', 'lunes'],
  ['terça-feira', 'martes'],
  ['quarta-feira', 'miércoles'],
  ['quinta-feira', 'jueves'],
  ['sexta-feira', 'viernes'],
  ['sábado'],
];
const IBERIAN_MONTH =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro';
/** The weekday's number, Sunday 0. */
export const iberianWeekday = (name: string): number => IBERIAN_DAYS.findIndex((d) => d.includes(name.toLowerCase()));

export const WORLD_PATTERNS: Pattern[] = [
  ...DAY_MONTH_PATTERNS,
  // Turkish: the day, the month's name and the year with the case ending that makes it "on" that day, "3 Mayıs 2024'te",
  // "8 Ekim 2024 tarihinde"; a bare "24 Ekim 2024 Perşembe" at a page's top is the day the page was shown, left alone.
  {
    re: new RegExp(
      `(?<![\\p{L}\\d])(\\d{1,2})\\s+(${TURKISH_MONTHS.join('|')})\\s+(\\d{4})(?:['’](?:te|de|ta|da)|\\s+(?:tarihinde|günü))(?![\\p{L}])`,
      'gu',
    ),
    gate: /tarihinde|günü|\d['’][dt][ae]/u,
    build: (m) => ({ year: Number(m[3]), month: TURKISH_MONTHS.indexOf(m[2] ?? '') + 1, day: Number(m[1]) }),
  },
  // The day, the month's name and the year joined by hyphens or slashes, as some bylines print them:
  // "Shimla 24-June-2019", "Oman Thursday 31/October/2024 18:16 PM". The same mark on both sides.
  {
    re: new RegExp(`(?<![\\p{L}\\d/-])(\\d{1,2})([-/])${MONTH}\\2(\\d{4})(?![\\d/-])`, 'giu'),
    build: (m) => ({ year: Number(m[4]), month: monthNumber(m[3] ?? ''), day: Number(m[1]) }),
    gate: /\d[-/]\p{L}{3}/u,
  },
  // The weekday and the bare day after it, no month: "el último martes 10", "nesta sexta-feira, 14". Only the weekday
  // makes the day sure (meeting.ts keeps it only in a month where that day is that weekday); not "martes 10 de marzo"
  // or "martes 26, noviembre 2024" (a full date, read whole), "martes 10:30" or "10 horas" (a clock).
  {
    re: new RegExp(
      `(?<![\\p{L}])(${IBERIAN_WEEKDAY})(?:,\\s*|\\s+)(\\d{1,2})(?!\\d|[:/.]\\d|[,\\s]*(?:de|del)\\s|[,\\s]*(?:${IBERIAN_MONTH})|\\s*(?:h|hs|horas)(?![\\p{L}]))`,
      'giu',
    ),
    gate: /feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes/iu,
    build: (m) => ({ year: null, month: null, day: Number(m[2]), dayOfWeek: iberianWeekday(m[1] ?? '') }),
  },
  // A site's template in English order with the Russian month's name: "Июль 16, 2018" (chrono reads only "16 июля 2018").
  {
    re: new RegExp(`(?<![\\p{L}])(${CYRILLIC_MONTHS.join('|')})\\s+(\\d{1,2}),\\s*(\\d{4})(?!\\d)`, 'giu'),
    gate: /[\u0400-\u04ff]/,
    build: (m) => {
      const month = cyrillicMonth(m[1] ?? '');
      return month > 0 ? { year: Number(m[3]), month, day: Number(m[2]) } : null;
    },
  },
  // The day first with the Russian or Ukrainian month and a comma before the year, as some templates set it: "27 Березня , 2023".
  {
    re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+(${CYRILLIC_MONTHS.join('|')})\\s*,\\s*(\\d{4})(?!\\d)`, 'giu'),
    gate: /[\u0400-\u04ff]/,
    build: (m) => {
      const month = cyrillicMonth(m[2] ?? '');
      return month > 0 ? { year: Number(m[3]), month, day: Number(m[1]) } : null;
    },
  },
  // Bengali and Hindi: "১ জানুয়ারি ২০২০", "১ জানুয়ারি", "জানুয়ারি ০১, ২০২০", "5 जनवरी 2020".
  {
    re: new RegExp(
      `(?<!${INDIC_EDGE})(?:(${INDIC_DIGITS}{1,2})\\s+(${INDIC_MONTH})(?:,?\\s+(${INDIC_DIGITS}{4}))?|(${INDIC_MONTH})\\s+(${INDIC_DIGITS}{1,2}),?\\s+(${INDIC_DIGITS}{4}))(?!${INDIC_EDGE})`,
      'gu',
    ),
    build: (m) => {
      const year = m[3] ?? m[6];
      return {
        year: year ? indicNumber(year) : null,
        month: indicMonth(m[2] ?? m[4] ?? ''),
        day: indicNumber(m[1] ?? m[5] ?? ''),
      };
    },
  },
  // Arabic pages write the day first after the weekday: "السبت 06-09-2014 17:41".
  {
    re: /(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)\s*[،,]?\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/g,
    build: (m) => ({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }),
  },
  // "Publicado: 7/8/2022", "Cập nhật ngày 04/07/2023", "Mis à jour le 3/5/2021": the label's language writes the day first.
  {
    re: new RegExp(
      `(?<![\\p{L}])${DAY_FIRST_LABEL}\\s*(?:ngày|le|el|am|il|em)?\\s*[:：]?\\s*(?:\\d{1,2}:\\d{2}(?:\\s*[AP]M)?,?\\s*(?:ngày\\s*)?)?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)`,
      'giu',
    ),
    build: (m) => ({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }),
  },
  // A visit over several days is dated by its first: "del 10 al 12 de marzo de 2022", "de 10 a 12 de março", "dal 10 al 12 marzo".
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:del|de|dal)\\s+(\\d{1,2})\\s+(?:al|a|ao)\\s+(\\d{1,2})\\s+(?:de\\s+)?(${ROMANCE_MONTH})(?:\\s+(?:de\\s+|del\\s+)?(\\d{4}))?(?![\\p{L}\\d])`,
      'giu',
    ),
    build: (m) =>
      Number(m[1]) < Number(m[2])
        ? { year: m[4] ? Number(m[4]) : null, month: romanceMonth(m[3] ?? ''), day: Number(m[1]) }
        : null,
  },
  // Chinese and Japanese spans: "3月10日至12日", "3月10日から12日まで", Korean "3월 10일부터 12일까지"; Chinese may leave
  // the first day's word out ("7月30至8月1日").
  {
    re: /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*(?:[日일]\s*(?:至|到|から|부터|~|～|∼|-|－|–)|(?:至|到))\s*(?:\d{1,2}\s*[月월]\s*)?(\d{1,2})\s*[日일]/g,
    build: (m) =>
      Number(m[3]) !== Number(m[4]) ? { year: m[1] ? Number(m[1]) : null, month: Number(m[2]), day: Number(m[3]) } : null,
  },
  // Korean "10∼12일", "10~12일": the days of one month.
  {
    re: /(?<![\d.월])(\d{1,2})\s*[~～∼-]\s*(\d{1,2})\s*일(?!\s*(?:간|째|동안))/g,
    build: (m) => (Number(m[1]) < Number(m[2]) ? { year: null, month: null, day: Number(m[1]) } : null),
  },
  // …and with the day's word on each side, the month left to the record's date: Korean "지난 25일부터 27일까지",
  // Chinese "18日至20日", Japanese "15日から17日まで". The first day, as for a span with its month.
  {
    re: /(?:지난\s*)?(?<![\d.])(\d{1,2})\s*[日일]\s*(?:부터|から|至|到)\s*(\d{1,2})\s*[日일](?:까지|まで)?/g,
    build: (m) => (Number(m[1]) < Number(m[2]) ? { year: null, month: null, day: Number(m[1]) } : null),
    gate: /[日일]\s*(?:부터|から|至|到)\s*\d/,
  },
  // Vietnamese "từ ngày 10-12/3", "ngày 10 - 12/3/2022".
  {
    re: /(?<![\p{L}])(?:từ\s+)?ngày\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/giu,
    build: (m) =>
      Number(m[1]) < Number(m[2]) ? { year: m[4] ? Number(m[4]) : null, month: Number(m[3]), day: Number(m[1]) } : null,
  },
  // Arabic: "12 مارس 2022", "١٢ آذار/مارس ٢٠٢٢", "12 أكتوبر" (the article or a conjunction may join the month: "ومارس").
  {
    re: new RegExp(
      `(?<![\\d٠-٩])([\\d٠-٩]{1,2})\\s+(${ARABIC_MONTH})(?:\\s*/\\s*(?:${ARABIC_MONTH}))?(?:\\s+(?:عام\\s+|سنة\\s+)?([\\d٠-٩]{4}))?(?![\\d٠-٩\\u0621-\\u064a])`,
      'g',
    ),
    build: (m) => ({
      year: m[3] ? arabicNumber(m[3]) : null,
      month: arabicMonth(m[2] ?? ''),
      day: arabicNumber(m[1] ?? ''),
    }),
  },
  // Thai news abbreviates the month and the Buddhist-era year: "30 พ.ค. 67" is 30 May 2567, that is 2024.
  {
    re: new RegExp(
      `(?<![\\d๐-๙])([\\d๐-๙]{1,2})\\s*(${THAI_ABBREVIATED.map((a) => a.replace(/\./g, '\\.')).join('|')})\\s*([\\d๐-๙]{2})(?![\\d๐-๙.:])`,
      'gu',
    ),
    build: (m) => ({
      year: 2500 + thaiNumber(m[3] ?? '') - 543,
      month: THAI_ABBREVIATED.indexOf(m[2] ?? '') + 1,
      day: thaiNumber(m[1] ?? ''),
    }),
  },
];
