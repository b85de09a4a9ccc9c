// Catalan writes the day, "de" and the month, then "de" and the year: "12 de novembre de 2018", "el 8 de
// juny", "25 de maig de 2016". chrono-node has no Catalan; forms.ts reads these with its own patterns.

import type { Ymd } from './ymd.ts';

type Pattern = { re: RegExp; build: (m: RegExpExecArray) => Ymd | null; gate?: RegExp };

/** Catalan months, January first; "d'abril", "d'agost", "d'octubre" elide the "de". */
const CATALAN_MONTHS = [
  'gener',
  'febrer',
  'març',
  'abril',
  'maig',
  'juny',
  'juliol',
  'agost',
  'setembre',
  'octubre',
  'novembre',
  'desembre',
];
const MONTH = CATALAN_MONTHS.join('|');

export const ROMANCE_PATTERNS: Pattern[] = [
  {
    re: new RegExp(`(?<![\\d.,])(\\d{1,2})\\s+(?:de\\s+|d['’])(${MONTH})(?:\\s+(?:de|del)\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'giu'),
    // Only the names Spanish does not share, or "abril", "octubre" in a Catalan sentence (Spanish's are chrono's).
    gate: /(?<![\p{L}])(?:gener|febrer|març|maig|juny|juliol|setembre|novembre|desembre|d['’]agost|d['’]abril|d['’]octubre)(?![\p{L}])|(?<![\p{L}])(?:els|amb|dels|aquest|aquesta|també|Publicat|Actualitzada)(?![\p{L}])/iu,
    build: (m) => {
      const month = CATALAN_MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
      return month > 0 ? { year: m[3] ? Number(m[3]) : null, month, day: Number(m[1]) } : null;
    },
  },
];
