// chrono-node reads the dates of English's sister languages and of Vietnamese, Japanese, Chinese
// and Russian; only what it marks certain is kept, never its relative readings, never the clock.

import * as chrono from 'chrono-node';
import { detectLanguage, likelyLatinLanguages } from '../language.ts';
import { type DateMention, valid, type Ymd } from './ymd.ts';

/** chrono-node's locales, chosen by the letters of the text (chrono has no Korean). */
type Locale = { parse: typeof chrono.en.parse };
function localesFor(text: string): Locale[] {
  if (/[\u3040-\u30ff]/.test(text)) return [chrono.ja];
  if (/[\u4e00-\u9fff]/.test(text) && !/[\uac00-\ud7af]/.test(text)) return [chrono.zh];
  if (/[\u0400-\u04ff]/.test(text)) return [chrono.ru, chrono.uk];
  // Letters only Vietnamese writes: a plain circumflex (â ê ô) is French and Portuguese too ("extrême", "você").
  if (/[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(text)) return [chrono.vi];
  if (/[a-z]/i.test(text)) {
    // English is read by the rules above; chrono adds the other Latin-script languages. A short
    // line (a byline, "le 18 septembre 2020") has too few words to tell its language: every locale,
    // if a word stands next to a number. A paragraph: the one locale its words belong to (each
    // locale costs a full pass).
    // The caller has seen a month's name beside a number ("am 5. Juni", "el 5 de junio").
    if (text.length < 200) return Object.values(LATIN_LOCALES);
    const own = LATIN_LOCALES[detectLanguage(text)];
    if (!own || own === chrono.en) return [];
    // A close second language is read too: one paragraph's function words can lean the wrong way.
    const close = likelyLatinLanguages(text).flatMap((lang) => {
      const locale = LATIN_LOCALES[lang];
      return locale && locale !== own && locale !== chrono.en ? [locale] : [];
    });
    return [own, ...close];
  }
  return [];
}

const LATIN_LOCALES: Record<string, Locale> = {
  en: chrono.en,
  fr: chrono.fr,
  de: chrono.de,
  es: chrono.es,
  pt: chrono.pt,
  it: chrono.it,
  nl: chrono.nl,
  sv: chrono.sv,
  // Danish and Norwegian month names are Swedish ones or near them; forms-nordic.ts reads their "13. juni".
  da: chrono.sv,
  no: chrono.sv,
  fi: chrono.fi,
  id: chrono.id,
};

/**
 * A month's name (the stems of the locales chrono reads) or 月/tháng beside a number: "18 septembre",
 * "septiembre de 2020", "18. März", "18 сентября", "tháng 9", "9月". A cheap gate before chrono.
 */
export const MONTH_STEMS =
  'jan|janv|feb|févr|fév|fev|mar|mär|avr|apr|abr|mai|may|maj|mei|jun|juin|giu|jul|juil|lug|aug|août|ago|agu|sep|set|oct|okt|ott|out|nov|dec|déc|dez|dic|des|ene|gen|mag|maart|maret|' +
  'янв|фев|мар|апр|ма[йяю]|июн|июл|авг|сен|окт|ноя|дек|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд';
const MONTH_BY_NUMBER = new RegExp(
  `\\d[\\s.,]*(?:de\\s+|del\\s+|of\\s+)?(?:${MONTH_STEMS})|(?<![\\p{L}])(?:${MONTH_STEMS})\\p{L}*\\.?,?\\s*(?:de\\s+)?\\d|tháng\\s*\\d|\\d\\s*月|[一二三四五六七八九十]月`,
  'iu',
);

const CLOCK = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/;
const CLOCK_ALL = new RegExp(CLOCK.source, 'g');

/** Fixed reference so chrono never reads the machine's clock; only what it marks certain is kept. */
const NO_CLOCK = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * Dates chrono-node reads in the text's languages, when it is sure of the day and month and the
 * words name the month (a bare "24/7" is not a date); the year only when the text states it.
 */
export function chronoMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  // Every date chrono would keep names its month next to a number (numeric forms are the rules'
  // above); most paragraphs of a record have none, and chrono is the costliest step of reading.
  if (!MONTH_BY_NUMBER.test(text)) return out;
  // "14:24 Июль 16, 2018": a clock's minutes are never a day; the clock is blanked (same length, so places hold).
  const read = CLOCK.test(text) ? text.replace(CLOCK_ALL, (c) => ' '.repeat(c.length)) : text;
  for (const locale of localesFor(read)) {
    for (const r of locale.parse(read, { instant: NO_CLOCK }, { forwardDate: false })) {
      const s = r.start;
      if (!s.isCertain('month') || !s.isCertain('day')) continue;
      // "today", "3 days ago", "for 15 minutes" are certain only relative to the reference: not stated dates.
      if (!/\d|[一二三四五六七八九十]日/.test(r.text) || [...r.tags()].some((t) => /casual|relative/i.test(t))) continue;
      if (!/\p{L}{3,}|[年月]/u.test(r.text.replace(/\b(?:am|pm|on|le|am|el|de|du|em|op)\b/gi, ''))) continue;
      // "19 ноября, 2019, 13:58": a year set off by a comma after the day and month is still theirs.
      const after = s.isCertain('year') ? null : /^,\s*((?:19|20)\d{2})(?![\d.:])/.exec(text.slice(r.index + r.text.length));
      const d: Ymd = {
        year: s.isCertain('year') ? (s.get('year') ?? null) : after ? Number(after[1]) : null,
        month: s.get('month') ?? null,
        day: s.get('day') ?? null,
      };
      if (!valid(d)) continue;
      const phrase = after ? `${r.text}${after[0]}`.trim() : r.text.trim();
      out.push({ index: r.index, phrase, ...d, relative: null, weekday: null, hasOn: false });
    }
  }
  return out;
}
