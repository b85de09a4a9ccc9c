// The countries of countries.ts grouped by their one name: every form ("the ROK", "Korea") and
// adjective ("Korean") of a country, and the list a desk chooses its own country from. Read only
// through countries.ts' exports (its regex sources and normalizeCountry), so the list stays there.
import { COUNTRY_SOURCE, NATIONALITY_SOURCE, normalizeCountry } from '../../../shared/countries.ts';

/** The alternatives of a regex source built by countries.ts, unescaped ("U\.S\." → "U.S."). */
const alternatives = (source: string): string[] =>
  source
    .split(/(?<!\\)\|/)
    .map((s) => s.replace(/\\(.)/g, '$1'))
    .filter(Boolean);

type Names = { forms: string[]; adjectives: string[] };

let grouped: Map<string, Names> | null = null;

function groups(): Map<string, Names> {
  if (grouped) return grouped;
  const map = new Map<string, Names>();
  const entry = (c: string): Names => {
    const e = map.get(c) ?? { forms: [], adjectives: [] };
    map.set(c, e);
    return e;
  };
  for (const f of alternatives(COUNTRY_SOURCE)) {
    const c = normalizeCountry(f);
    if (c) entry(c).forms.push(f);
  }
  for (const a of alternatives(NATIONALITY_SOURCE)) {
    const c = normalizeCountry(a);
    if (c) entry(c).adjectives.push(a);
  }
  for (const [name, e] of map) if (!e.forms.includes(name)) e.forms.push(name);
  grouped = map;
  return map;
}

/** Every country Briefbook knows, by its one name, sorted. */
export function knownCountries(): string[] {
  return [...groups().keys()].sort((a, b) => a.localeCompare(b));
}

const longestFirst = (a: string, b: string): number => b.length - a.length;

/** How records name a country: "the Republic of Korea", "ROK", "Korea"… (longest first). */
export function countryForms(country: string): string[] {
  const c = normalizeCountry(country) ?? country;
  return [...(groups().get(c)?.forms ?? [c])].sort(longestFirst);
}

/** A country's adjectives: "Korean", "South Korean", "ROK" (longest first). */
export function countryAdjectives(country: string): string[] {
  const c = normalizeCountry(country) ?? country;
  return [...(groups().get(c)?.adjectives ?? [])].sort(longestFirst);
}

let nationalityRe: RegExp | null = null;

/** The country of the first nationality adjective in a phrase: "The Korean deputy foreign minister" → Republic of Korea. */
export function nationalityIn(s: string): string | null {
  nationalityRe ??= new RegExp(`(?<![\\p{L}])(?:${NATIONALITY_SOURCE})(?![\\p{L}])`, 'u');
  const m = nationalityRe.exec(s);
  return m ? normalizeCountry(m[0]) : null;
}

/** "the" before names that take it: "the United States", "the Republic of Korea", "the Philippines". */
export function withArticle(country: string): string {
  return /^(?:United|Republic|Democratic|Socialist|Russian Federation|Philippines|Netherlands|Lao PDR|Czech Republic)\b/.test(
    country,
  )
    ? `the ${country}`
    : country;
}
