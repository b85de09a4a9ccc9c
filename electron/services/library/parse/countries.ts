// Country names as records write them, mapped to one name per country so that a search for
// "Viet Nam" finds "Vietnam" and "ROK" finds "Republic of Korea". Organisations a minister can
// speak for (EU, UN, ASEAN) are here too: they sit in the same slot of a title.

import { COUNTRY_TABLE } from './country-table.ts';
import { fold } from './text.ts';

export type Country = {
  name: string;
  /** English forms (and long forms safe in any text). */
  forms: string[];
  /** English adjectives: "Korean", "Vietnamese". */
  adjectives: string[];
  /** Korean forms: "미국", "중국". */
  ko?: string[];
  /** Vietnamese forms, read only in a title's country slot: "Hoa Kỳ", "Nga" ("Nga" is also a given name). */
  vi?: string[];
};

const COUNTRIES: Country[] = COUNTRY_TABLE;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const byLengthDesc = (a: string, b: string): number => b.length - a.length;
const sourceOf = (words: string[]): string => [...new Set(words)].sort(byLengthDesc).map(escapeRegExp).join('|');

/** Regex source matching any country form, longest first ("North Korea" before "Korea"). */
export const COUNTRY_SOURCE = sourceOf(COUNTRIES.flatMap((c) => c.forms));

/** Regex source matching a nationality adjective ("Korean", "Vietnamese"). */
export const NATIONALITY_SOURCE = sourceOf(COUNTRIES.flatMap((c) => c.adjectives));

/** Korean country names ("미국", "베트남"), as they stand before a title: "미국 국무장관". */
export const KOREAN_COUNTRY_SOURCE = sourceOf(COUNTRIES.flatMap((c) => c.ko ?? []));

/** Vietnamese country names ("Hoa Kỳ", "Nhật Bản"), as they stand after a title: "Ngoại trưởng Hoa Kỳ". */
export const VIETNAMESE_COUNTRY_SOURCE = sourceOf(COUNTRIES.flatMap((c) => [...(c.vi ?? []), ...c.forms]));

const lookup = new Map<string, string>();
for (const c of COUNTRIES)
  for (const f of [...c.forms, ...c.adjectives, ...(c.ko ?? []), ...(c.vi ?? []), c.name])
    lookup.set(fold(f.replace(/^the /i, '')), c.name);

/** The one name of a country written as a form or an adjective, in any language listed; null when unknown. */
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

/** Country words that are also people's names ("Thái", "Jordan", "Chad"): they may stand in a name. */
const ALSO_NAMES = new Set(['thai', 'lao', 'jordan', 'chad', 'georgia', 'nam', 'anh', 'nga']);

/**
 * One-word country names and adjectives, folded ("korea", "vietnam", "korean"): such a word is
 * never part of a person's name. Parts of longer names ("Nam", "Quốc") are, so they are left out.
 */
export const COUNTRY_WORDS = new Set(
  COUNTRIES.flatMap((c) => [...c.forms, ...c.adjectives])
    .filter((f) => !/\s/.test(f))
    .map(fold)
    .filter((f) => !ALSO_NAMES.has(f)),
);
