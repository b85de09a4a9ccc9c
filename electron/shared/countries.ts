// Country names as records write them, mapped to one name per country so that a search for
// "Viet Nam" finds "Vietnam" and "ROK" finds "Republic of Korea". Organisations a minister can
// speak for (EU, UN, ASEAN) are here too: they sit in the same slot of a title.

import { ARTICLE, ELISION, formalAdjectiveCountry, formalPrefixes } from './country-formal.ts';
import { ADJECTIVE_STEMS, COUNTRY_TABLE, type Country, NOT_ADJECTIVES } from './country-table.ts';
import { WORLD_TABLE } from './country-table-world.ts';
import { fold } from './fold.ts';

export type { Country } from './country-table.ts';

// The desk's own countries first (their Korean and Vietnamese forms), then every other state.
const COUNTRIES: Country[] = [...COUNTRY_TABLE, ...WORLD_TABLE];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const byLengthDesc = (a: string, b: string): number => b.length - a.length;
const sourceOf = (words: string[]): string => [...new Set(words)].sort(byLengthDesc).map(escapeRegExp).join('|');

/** Regex source matching any country form, longest first ("North Korea" before "Korea"). */
export const COUNTRY_SOURCE = sourceOf(COUNTRIES.flatMap((c) => c.forms));

/** Regex source matching a nationality adjective ("Korean", "Vietnamese"). */
export const NATIONALITY_SOURCE = sourceOf(COUNTRIES.flatMap((c) => c.adjectives));

/**
 * Korean country names ("미국", "베트남", "칠레"), as they stand before a title: "미국 국무장관". The
 * table's forms and every region's Korean name in ICU's data (a Hangul word is never an English word).
 */
export const KOREAN_COUNTRY_SOURCE = sourceOf([...COUNTRIES.flatMap((c) => c.ko ?? []), ...koreanRegionNames()]);

function koreanRegionNames(): string[] {
  const ko = new Intl.DisplayNames(['ko'], { type: 'region' });
  const out: string[] = [];
  for (let a = 65; a < 91; a++)
    for (let b = 65; b < 91; b++) {
      const code = String.fromCharCode(a, b);
      const name = ko.of(code);
      // One word of Hangul only: "칠레", "사우디아라비아"; not "미국령 버진아일랜드" or codes ICU does not know.
      if (name && name !== code && /^\p{Script=Hangul}{2,}$/u.test(name)) out.push(name);
    }
  return out;
}

/** Vietnamese country names ("Hoa Kỳ", "Nhật Bản"), as they stand after a title: "Ngoại trưởng Hoa Kỳ". */
export const VIETNAMESE_COUNTRY_SOURCE = sourceOf(COUNTRIES.flatMap((c) => [...(c.vi ?? []), ...c.forms]));

const lookup = new Map<string, string>();
for (const c of COUNTRIES)
  for (const f of [...c.forms, ...c.adjectives, ...(c.ko ?? []), ...(c.vi ?? []), c.name])
    lookup.set(fold(f.replace(/^the /i, '')), c.name);

/** The one name of a country written as a form or an adjective, in any language listed; null when unknown. */
export function normalizeCountry(s: string): string | null {
  const key = fold(s.trim().replace(/^the /i, ''));
  const known = lookup.get(key) ?? worldNames().byName.get(key);
  if (known) return known;
  // An article or elision before the name ("la République…", "d'Ukraine"), then a formal name:
  // "Royaume de Suède", "Federal Republic of Germany", "Republik Österreich".
  const t = s.trim().replace(ARTICLE, '');
  if (t !== s.trim()) {
    const bare = fold(t);
    const country = lookup.get(bare) ?? worldNames().byName.get(bare);
    if (country) return country;
  }
  for (const end of formalPrefixes(t)) {
    const rest = fold(t.slice(end));
    const country = lookup.get(rest) ?? worldNames().byName.get(rest);
    if (country) return country;
  }
  const adjective = formalAdjectiveCountry(t, adjectiveCountry);
  return adjective?.end === t.length ? adjective.country : null;
}

/**
 * Every country's name in the languages desks read, from the ICU data Node ships
 * (Intl.DisplayNames): "Rumania", "Aljazair", "Schweiz", "Perú". Built once, on first use; the
 * table above keeps the adjectives and special forms ICU does not give.
 */
const WORLD_LANGUAGES = [
  'en',
  'ko',
  'vi',
  'id',
  'ms',
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'nl',
  'ja',
  'zh',
  'zh-Hant',
  'ru',
  'uk',
  'tl',
  'th',
  'sv',
  'da',
  'no',
  // asia28: Hindi and Bengali ("मैक्सिको की विदेश मंत्री", "রাশিয়ার পররাষ্ট্রমন্ত্রী").
  'hi',
  'bn',
];
/** Codes that are not countries a person speaks for: islands of other states, unions, placeholders. */
const NOT_COUNTRIES = new Set([
  'AC',
  'CP',
  'CQ',
  'DG',
  'EA',
  'IC',
  'TA',
  'EU',
  'EZ',
  'UN',
  'QO',
  'ZZ',
  'XA',
  'XB',
  'AN',
  'BU',
  'CS',
  'DD',
  'FX',
  'NT',
  'SU',
  'TP',
  'YD',
  'YU',
  'ZR',
]);
/** Where ICU's English name is not the one records use. */
const ENGLISH_NAME: Record<string, string> = {
  PS: 'Palestine',
  VA: 'Holy See',
  CZ: 'Czech Republic',
  TR: 'Turkey',
  MM: 'Myanmar',
  CG: 'Republic of the Congo',
  CD: 'Democratic Republic of the Congo',
};

type World = { byName: Map<string, string>; byLanguage: Map<string, Map<string, string>>; words: Set<string> };
let world: World | null = null;

function worldNames(): World {
  if (world) return world;
  const byName = new Map<string, string>();
  const byLanguage = new Map<string, Map<string, string>>();
  const words = new Set<string>();
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const codes: string[] = [];
  for (let a = 65; a < 91; a++)
    for (let b = 65; b < 91; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_COUNTRIES.has(code) && english.of(code) !== code) codes.push(code);
    }
  const canonical = new Map(
    codes.map((code) => {
      const en = ENGLISH_NAME[code] ?? english.of(code) ?? code;
      return [code, lookup.get(fold(en)) ?? en] as const;
    }),
  );
  for (const language of WORLD_LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region' });
    const own = new Map<string, string>();
    for (const code of codes) {
      const name = names.of(code);
      const country = canonical.get(code);
      if (!name || name === code || !country) continue;
      const key = fold(name);
      own.set(key, country);
      if (!byName.has(key)) byName.set(key, country);
      // Vietnamese one-word names ("Đức", "Anh", "Nga") are common given names: never a stop word.
      if (language !== 'vi' && !/\s/.test(key) && key.length >= 5 && !ALSO_NAMES.has(key)) words.add(key);
    }
    byLanguage.set(language, own);
  }
  world = { byName, byLanguage, words };
  return world;
}

/** A word that is a country's name in some language ("Rumania", "Aljazair"): never part of a person's name. */
export const isCountryWord = (word: string): boolean => {
  const key = fold(word);
  return COUNTRY_WORDS.has(key) || worldNames().words.has(key);
};

/** Connecting words inside country names: "Kepulauan Solomon", "Estados Unidos de América", "Bosnia and Herzegovina". */
const COUNTRY_TOKEN =
  /^[ \t]*((?:\p{Lu}|\p{Lt})[\p{L}\p{M}’'.-]*|(?:and|und|et|y|e|i|dan|và|de|del|of|the|da|do|das|dos)(?![\p{L}]))/u;

/**
 * The country whose name starts at `at` ("Rumania, Ramona…", "Kepulauan Solomon, Jeremiah…",
 * "der Schweiz Ignazio…"), longest name first; with its end. Any language's name counts.
 */
export function countryAt(text: string, at: number): { country: string; end: number } | null {
  const head = text.slice(at, at + 120);
  const elided = ELISION.exec(head)?.[0].length ?? 0;
  const plain = shortCountryAt(text, at + elided);
  // A formal name reads on to the short name after its head: "Royaume de Suède", "Republik Österreich";
  // a name known whole ("Democratic Republic of the Congo") stays whole.
  for (const end of formalPrefixes(head.slice(elided))) {
    const found = shortCountryAt(text, at + elided + end);
    if (!found || (plain && found.end <= plain.end)) continue;
    // The whole formal name may be known as such and name another state than its short name does.
    const whole = fold(text.slice(at + elided, found.end));
    return { country: lookup.get(whole) ?? worldNames().byName.get(whole) ?? found.country, end: found.end };
  }
  const adjective = plain ? null : formalAdjectiveCountry(head.slice(elided), adjectiveCountry);
  return plain ?? (adjective && { country: adjective.country, end: at + elided + adjective.end });
}

function shortCountryAt(text: string, at: number): { country: string; end: number } | null {
  let pos = at;
  const ends: { key: string; end: number }[] = [];
  let words = '';
  for (let i = 0; i < 5; i++) {
    const m = COUNTRY_TOKEN.exec(text.slice(pos, pos + 60));
    if (!m?.[1]) break;
    words = words ? `${words} ${m[1]}` : m[1];
    pos += m[0].length;
    ends.push({ key: words, end: pos });
  }
  for (const e of ends.reverse()) {
    const bare = e.key.replace(/[’']s$|[.]$/u, '');
    const country = normalizeCountry(bare) ?? (/s$/.test(bare) ? worldNames().byName.get(fold(bare.slice(0, -1))) : undefined);
    if (country && !/^(?:and|und|et|y|e|i|dan|và|de|del|of|the|da|do|das|dos)$/i.test(bare)) return { country, end: e.end };
  }
  return null;
}

/** Each country name's first word in one language, with its country: split once, not on every adjective read. */
const firstWords = new Map<string, [string, string][]>();
function firstWordsOf(language: string, names: Map<string, string>): [string, string][] {
  let words = firstWords.get(language);
  if (!words) {
    words = [...names].map(([name, country]): [string, string] => [name.split(/[\s-]/)[0] ?? name, country]);
    firstWords.set(language, words);
  }
  return words;
}

/** The country a nationality adjective names in a language without a table of adjectives ("luxemburgischen", "portugués", "russe"): the country whose name in that language shares the adjective's stem; null when unsure. */
export function adjectiveCountry(language: string, word: string): string | null {
  const names = worldNames().byLanguage.get(language);
  const adj = fold(word);
  if (!names || adj.length < 4 || !/^\p{Ll}/u.test(word) || NOT_ADJECTIVES.test(adj)) return null;
  const stem = ADJECTIVE_STEMS.find(([s]) => adj.startsWith(s));
  if (stem) return stem[1];
  let best: string | null = null;
  let bestLength = 0;
  let tie = false;
  for (const [first, country] of firstWordsOf(language, names)) {
    let n = 0;
    while (n < first.length && n < adj.length && first[n] === adj[n]) n++;
    if (n < 3 || n < Math.min(4, adj.length - 2) || first.length - n > (n >= 6 ? 4 : 3)) continue;
    // An ending no adjective has ("самопровозглашенной" is not Samoa's), or a short word that only
    // begins the name ("sier", says, is not Sierra Leone's): another word that shares a few letters.
    if (adj.length - n > 8 || (n === adj.length && adj.length < 6 && first.length > n)) continue;
    if (n > bestLength) {
      best = country;
      bestLength = n;
      tie = false;
    } else if (n === bestLength && country !== best) tie = true;
  }
  return tie ? null : best;
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
const ALSO_NAMES = new Set(['thai', 'lao', 'jordan', 'chad', 'georgia', 'nam', 'anh', 'nga', 'mauricio']);

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
