// "The day before yesterday", a day two before the record's own date, in the languages the other relative
// words are read in: "vorgestern", "avant-hier", "anteayer", "l'altro ieri", "anteontem", "eergisteren",
// "i förrgår", "позавчера", "позавчора", "przedwczoraj", "předevčírem", "predvčerom", "prekjučer", "evvelsi gün",
// "前天", "一昨日", "hôm kia", "أول أمس", "پریروز". relative.ts reads them with the others, and drops the "yesterday"
// read inside one ("ieri" in "l'altro ieri", "hier" in "avant-hier").

import { type RelativeWord as Word, wordPattern } from './relative-word.ts';

/** Letters on neither side, as in relative.ts. */
const w = wordPattern;

export const TWO_DAYS_WORDS: Word[] = [
  {
    // Turkish "önceki gün" alone is the day before yesterday; "bir önceki gün", "toplantıdan önceki gün" the day before another.
    re: w(
      "the\\s+day\\s+before\\s+yesterday|vorgestern|avant-hier|anteayer|antier|antes\\s+de\\s+ayer|l['’]altro\\s*ieri|altroieri|ieri\\s+l['’]altro|anteontem|eergisteren|i\\s+förrgår|i\\s+forgårs|toissapäivänä|позавчера|позавчора|przedwczoraj|předevčírem|predvčerom|prekjučer|prekjuče|evvelsi\\s+gün|(?<!(?:bir|\\p{L}+(?:den|dan|ten|tan))\\s)önceki\\s+gün|hôm\\s+kia",
    ),
    kind: 'twoDaysAgo',
    gate: /before\s+yesterday|vorgestern|avant-hier|ante|antier|altro|eergisteren|förrgår|forgårs|toissapäivänä|позавч|przedwczoraj|předevčírem|predvčerom|prekju|önceki|evvelsi|hôm\s+kia/iu,
  },
  // Chinese and Japanese; Arabic (the day "first of yesterday"); Persian.
  { re: /前天|一昨日|おととい/g, kind: 'twoDaysAgo', gate: /前天|一昨日|おととい/ },
  {
    re: /(?<![\u0621-\u064a])(?:و|ف)?(?:أول\s+(?:أمس|امس)|(?:أمس|امس)\s+الأول)(?![\u0621-\u064a])/g,
    kind: 'twoDaysAgo',
    gate: /أمس|امس/,
  },
  { re: /(?<![\p{L}])پریروز(?![\p{L}])/gu, kind: 'twoDaysAgo', gate: /پریروز/ },
];
