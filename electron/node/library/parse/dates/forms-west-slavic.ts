// Polish, Czech, Slovak, Croatian and Serbian (Latin script) write a date's month as a word in the
// genitive after the day: "14 lutego 2017", "18. září 2018", "4. februára", "24. lipnja 2015",
// "1. avgusta 2019"; a date line may use the nominative ("01. avgust 2019", "05. svi 2016").
// forms.ts reads these with its own patterns. Croatian "listopad" is October, Polish and Czech November.

import type { Ymd } from './ymd.ts';

type Pattern = { re: RegExp; build: (m: RegExpExecArray) => Ymd | null; gate?: RegExp };

/** Month words, January first: Polish, Czech, Slovak, Croatian, Serbian (genitive, nominative, short). */
const MONTHS = [
  ['stycznia', 'styczeń', 'ledna', 'leden', 'januára', 'január', 'januara', 'januar', 'siječnja', 'siječanj', 'sij'],
  ['lutego', 'luty', 'února', 'únor', 'februára', 'február', 'februara', 'februar', 'veljače', 'veljača', 'velj'],
  ['marca', 'marzec', 'března', 'březen', 'marec', 'marta', 'mart', 'ožujka', 'ožujak', 'ožu'],
  ['kwietnia', 'kwiecień', 'dubna', 'duben', 'apríla', 'apríl', 'aprila', 'april', 'travnja', 'travanj', 'tra'],
  ['maja', 'maj', 'května', 'květen', 'mája', 'máj', 'svibnja', 'svibanj', 'svi'],
  ['czerwca', 'czerwiec', 'června', 'červen', 'júna', 'jún', 'juna', 'jun', 'lipnja', 'lipanj', 'lip'],
  ['lipca', 'lipiec', 'července', 'červenec', 'júla', 'júl', 'jula', 'jul', 'srpnja', 'srpanj', 'srp'],
  ['sierpnia', 'sierpień', 'srpna', 'srpen', 'augusta', 'avgusta', 'avgust', 'kolovoza', 'kolovoz', 'kol'],
  ['września', 'wrzesień', 'září', 'septembra', 'septembar', 'rujna', 'rujan', 'ruj'],
  ['października', 'październik', 'října', 'říjen', 'októbra', 'október', 'oktobra', 'oktobar'],
  ['novembra', 'novembar', 'studenoga', 'studenog', 'studeni', 'stu'],
  ['grudnia', 'grudzień', 'prosince', 'prosinec', 'decembra', 'decembar', 'prosinca', 'prosinac', 'pro'],
];
/** "listopad": Croatian October, Polish and Czech November. */
const LISTOPAD = 'listopada|listopadu|listopad';
const monthOf = (w: string): number => MONTHS.findIndex((names) => names.includes(w.toLowerCase())) + 1;
/** Longest first, so "lipnja" is not read as "lip". */
const MONTH = MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .join('|');
/** The short Croatian forms ("svi", "lip") only with the day's stop before them: "05. svi 2016". */
const SHORT = new Set(['sij', 'velj', 'ožu', 'tra', 'svi', 'lip', 'srp', 'kol', 'ruj', 'stu', 'pro']);

/** A day, its optional stop, the month's word, and a year (a clock may follow it unspaced: "svi 201620:57"). */
const form = (months: string): RegExp =>
  new RegExp(
    `(?<![\\d.,])(\\d{1,2})(\\.?)\\s+(${months})(?![\\p{L}])\\.?(?:\\s+(\\d{4})(?:\\.|\\s*r\\.|\\s*godine)?(?=\\d{1,2}:\\d{2}|(?!\\d)))?`,
    'giu',
  );

const build =
  (month: (w: string) => number) =>
  (m: RegExpExecArray): Ymd | null => {
    const name = m[3] ?? '';
    if (SHORT.has(name.toLowerCase()) && !m[2]) return null;
    const mo = month(name);
    return mo > 0 ? { year: m[4] ? Number(m[4]) : null, month: mo, day: Number(m[1]) } : null;
  };

/** A text in Polish or Czech, by their letters: there "listopad" is November. */
const POLISH_OR_CZECH = /[łśźżńřěůąę]/iu;
/** A Croatian text (ć, đ, no Polish or Czech letter): "listopada" is October. */
const CROATIAN = /^(?=[\s\S]*[ćđ])[^łśźżńřěůąę]*$/iu;

export const WEST_SLAVIC_PATTERNS: Pattern[] = [
  // Every month word above is spelt so only in these languages (or names the same month elsewhere: "maj", "jun").
  { re: form(MONTH), build: build(monthOf), gate: /\d\.?\s+\p{L}/u },
  { re: form(LISTOPAD), build: build(() => 11), gate: POLISH_OR_CZECH },
  { re: form(LISTOPAD), build: build(() => 10), gate: CROATIAN },
];
