// Turkish words that date something against the record's own date: "bugün", "dün", "aynı gün",
// "Salı günü"; and Azerbaijani's "bu gün" and "dünən". relative.ts reads them with the other languages' words.

import { type RelativeWord as Word, wordPattern } from './relative-word.ts';

/** Letters on neither side, as in relative.ts. */
const w = wordPattern;

/** Turkish weekdays, Sunday first: "Salı günü", "Perşembe akşamı". Capitalised only ("pazar" is also a market). */
const TR_DAYS = ['Pazar', 'Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi'];
/** Turkish: "bugün", "dün akşam", "aynı gün", "Salı günü"; each is its own word ("dünya" is the world). Azerbaijani "dünən". */
export const TURKISH_WORDS: Word[] = [
  { re: w('[Bb]ugün|[Bb]u\\s+gün', 'gu'), kind: 'today', gate: /gün/ },
  { re: w('[Dd]ün(?:ən)?', 'gu'), kind: 'yesterday', gate: /ün/ },
  { re: w('aynı\\s+gün', 'giu'), kind: 'thatDay', gate: /aynı/i },
  {
    // "Pazar" alone may be a name or a market: only with "günü" after it.
    re: w('(Pazartesi|Salı|Çarşamba|Perşembe|Cumartesi|Cuma|Pazar(?=\\s+günü))(?:\\s+(?:günü|akşamı|sabahı))?', 'gu'),
    kind: 'weekday',
    gate: /Pazar|Salı|Çarşamba|Perşembe|Cuma/,
    weekday: (m) => TR_DAYS.indexOf(m[1] ?? ''),
  },
  {
    // In lower case, as running text writes it, only with "günü", "akşamı" or "sabahı" after it ("pazartesi günü"):
    // a bare "cuma" is also the Friday prayer, "pazar" a market.
    re: w('(pazartesi|salı|çarşamba|perşembe|cumartesi|cuma|pazar)\\s+(?:günü|akşamı|sabahı)', 'gu'),
    kind: 'weekday',
    gate: /(?:pazar|salı|çarşamba|perşembe|cuma)\S*\s+(?:günü|akşamı|sabahı)/,
    weekday: (m) => TR_DAYS.findIndex((d) => d.toLocaleLowerCase('tr') === m[1]),
  },
];
