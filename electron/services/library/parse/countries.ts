// Country names as records write them, mapped to one name per country so that a search for
// "Viet Nam" finds "Vietnam" and "ROK" finds "Republic of Korea".

import { fold } from './text.ts';

type Country = { name: string; forms: string[]; adjectives: string[] };

const COUNTRIES: Country[] = [
  {
    name: 'Republic of Korea',
    forms: [
      'the Republic of Korea',
      'Republic of Korea',
      'South Korea',
      'ROK',
      'RoK',
      'R.O.K.',
      'Korea',
      'Hàn Quốc',
      '대한민국',
      '한국',
    ],
    adjectives: ['Korean', 'ROK', 'RoK', 'South Korean'],
  },
  {
    name: 'Viet Nam',
    forms: [
      'the Socialist Republic of Viet Nam',
      'Socialist Republic of Viet Nam',
      'the Socialist Republic of Vietnam',
      'Socialist Republic of Vietnam',
      'Viet Nam',
      'Vietnam',
      'Việt Nam',
      '베트남',
    ],
    adjectives: ['Vietnamese'],
  },
  {
    name: "Democratic People's Republic of Korea",
    forms: ["Democratic People's Republic of Korea", 'Democratic People’s Republic of Korea', 'North Korea', 'DPRK'],
    adjectives: ['North Korean', 'DPRK'],
  },
  { name: 'Japan', forms: ['Japan'], adjectives: ['Japanese'] },
  { name: 'China', forms: ["People's Republic of China", 'People’s Republic of China', 'China'], adjectives: ['Chinese'] },
  {
    name: 'United States',
    forms: ['the United States of America', 'the United States', 'United States', 'U.S.', 'USA', 'US'],
    adjectives: ['American', 'U.S.', 'US'],
  },
  { name: 'Russia', forms: ['Russian Federation', 'Russia'], adjectives: ['Russian'] },
  { name: 'India', forms: ['India'], adjectives: ['Indian'] },
  { name: 'Australia', forms: ['Australia'], adjectives: ['Australian'] },
  { name: 'Indonesia', forms: ['Indonesia'], adjectives: ['Indonesian'] },
  { name: 'Thailand', forms: ['Thailand'], adjectives: ['Thai'] },
  { name: 'Malaysia', forms: ['Malaysia'], adjectives: ['Malaysian'] },
  { name: 'Singapore', forms: ['Singapore'], adjectives: ['Singaporean'] },
  { name: 'Philippines', forms: ['the Philippines', 'Philippines'], adjectives: ['Philippine', 'Filipino'] },
  { name: 'Lao PDR', forms: ['Lao PDR', 'Laos'], adjectives: ['Lao', 'Laotian'] },
  { name: 'Cambodia', forms: ['Cambodia'], adjectives: ['Cambodian'] },
  { name: 'Myanmar', forms: ['Myanmar'], adjectives: ['Myanmar'] },
  { name: 'Brunei Darussalam', forms: ['Brunei Darussalam', 'Brunei'], adjectives: ['Bruneian'] },
  { name: 'Mongolia', forms: ['Mongolia'], adjectives: ['Mongolian'] },
  { name: 'United Kingdom', forms: ['the United Kingdom', 'United Kingdom', 'UK', 'Britain'], adjectives: ['British'] },
  { name: 'France', forms: ['France'], adjectives: ['French'] },
  { name: 'Germany', forms: ['Germany'], adjectives: ['German'] },
  { name: 'Canada', forms: ['Canada'], adjectives: ['Canadian'] },
  { name: 'New Zealand', forms: ['New Zealand'], adjectives: ['New Zealand'] },
];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

/** Regex source matching any country form, longest first ("North Korea" before "Korea"). */
export const COUNTRY_SOURCE = COUNTRIES.flatMap((c) => c.forms)
  .sort(byLengthDesc)
  .map(escapeRegExp)
  .join('|');

/** Regex source matching a nationality adjective ("Korean", "Vietnamese"). */
export const NATIONALITY_SOURCE = [...new Set(COUNTRIES.flatMap((c) => c.adjectives))]
  .sort(byLengthDesc)
  .map(escapeRegExp)
  .join('|');

const lookup = new Map<string, string>();
for (const c of COUNTRIES)
  for (const f of [...c.forms, ...c.adjectives, c.name]) lookup.set(fold(f.replace(/^the /i, '')), c.name);

/** The one name of a country written as a form or an adjective; null when unknown. */
export function normalizeCountry(s: string): string | null {
  return lookup.get(fold(s.trim().replace(/^the /i, ''))) ?? null;
}

/** The first country named inside a longer phrase ("guest house of the Ministry … of Viet Nam"). */
// Compiled once: this runs for every participant of every record imported.
let countryRe: RegExp | null = null;

export function countryIn(s: string): string | null {
  countryRe ??= new RegExp(`(?<![\\p{L}])(?:${COUNTRY_SOURCE})(?![\\p{L}])`, 'u');
  const m = countryRe.exec(s);
  return m ? normalizeCountry(m[0]) : null;
}

/**
 * One-word country names and adjectives, folded ("korea", "vietnam", "korean"): such a word is
 * never part of a person's name. Parts of longer names ("Nam", "Quốc") are, so they are left out.
 */
export const COUNTRY_WORDS = new Set(
  COUNTRIES.flatMap((c) => [...c.forms, ...c.adjectives])
    .filter((f) => !/\s/.test(f))
    .map(fold),
);
