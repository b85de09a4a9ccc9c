// English (and any language that writes the title before the name): "Minister of Foreign Affairs
// Kang Kyung-wha", "Chinese State Councilor and Foreign Minister Wang Yi", "Korea's top diplomat
// Park Jin", "Wang Yi, Chinese Foreign Minister,", "the Korean ambassador", "the host".

import {
  adjectiveCountry,
  COUNTRY_SOURCE,
  isCountryWord,
  NATIONALITY_SOURCE,
  normalizeCountry,
} from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { longestAlternative, matchesWithinReach } from '../patterns-reach.ts';
import { execAllInTurn, headThenTail } from '../patterns-split.ts';
import { GENERIC_ROLES, HEAD_SOURCE, mergeRoles, normalizeRole, ROLE_SOURCE, ROLE_WORDS_SOURCE } from '../roles.ts';
import { fold } from '../text.ts';
import { attendanceList } from './english-attendance.ts';
import {
  CAPITALISED_NAME,
  INITIALS,
  REVERSED_LONG,
  REVERSED_LONG_TAIL,
  REVERSED_LOWER,
  REVERSED_LOWER_TAIL,
  REVERSED_PARTS,
  REVERSED_TAIL,
  STATE_OF,
  WHOSE,
} from './english-name-first.ts';
import { commaName, NOT_NAMES, type ReadName, readName } from './names.ts';
import { countryNamed, REGION_SOURCE } from './regions.ts';
import type { Mention } from './types.ts';

const INITIALS_AT = new RegExp(`^${INITIALS}`, 'u');
// "US Ambassador to Cambodia Patrick Murphy": where the office is posted is not whose it is.
// `(?:(?<!L)(WHOSE) )?(?<!L)(ROLE)(?:[- ][Dd]esignate)?(?: of …(COUNTRY|REGION))?(?: to …)?(?!L)` (28 KB) as a head and
// a tail (headThenTail): every part of the tail is optional and opens with a space or a hyphen, so the tail fails only
// where a letter follows the office, the head's own end; the same path, groups whose, office, country.
const NAMED = headThenTail(
  new RegExp(`(?:(?<![\\p{L}])(${WHOSE}) )?(?<![\\p{L}])(${ROLE_SOURCE})(?![\\p{L}])`, 'uy'),
  new RegExp(
    `(?:[- ][Dd]esignate)?(?: of (?:the )?${STATE_OF}(${COUNTRY_SOURCE}|${REGION_SOURCE}))?(?: to (?:the )?(?:${COUNTRY_SOURCE}|${REGION_SOURCE}))?(?![\\p{L}])`,
    'uy',
  ),
);
/** A name's own office after it, set off by a comma: ", Minister of International Trade". */
const OWN_OFFICE_AFTER = new RegExp(`^, (?:the )?(?:${ROLE_SOURCE})`, 'u');
/** NAMED is tried only at a title, and at the words a WHOSE and its space could fill before one (the longest: "the …'s "). */
const TITLE_AT = new RegExp(`(?<![\\p{L}])(?:${ROLE_SOURCE})`, 'gu');
const WHOSE_REACH = Math.max(longestAlternative(COUNTRY_SOURCE) + "the 's".length, longestAlternative(NATIONALITY_SOURCE)) + 1;
const ROLE_ONLY = new RegExp(`\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) (${WHOSE}) (${ROLE_WORDS_SOURCE})(?![\\p{L}])`, 'giu');
/** "Australian counterpart Penny Wong", "Chinese top diplomat Wang Yi": a nationality and a title without "the", only when a name follows. */
const ROLE_NAMED = new RegExp(`(?<![\\p{L}])(${WHOSE}) (${ROLE_WORDS_SOURCE})(?![\\p{L}])`, 'giu');
const ROLE_OF = new RegExp(`\\b[Tt]he (${ROLE_SOURCE}) of (?:the )?(${COUNTRY_SOURCE})(?![\\p{L}])`, 'gu');
const HOST =
  /\b[Tt]he (host|guest|visitor)\b(?! (?:country|nation|city|government|side|team|house|houses|list|room|book|speaker)\b)/g;
/** A description set off by commas after a mention: ", Head of the RoK's ASEAN SOM,". */
const APPOSITIVE = /^, ((?:Head|Chief|Director|Chair|Co-chair|Leader|Member|Secretary)\b[^,.;()]{1,80}),/u;

/** "her counterpart, X", "his new counterpart X": whose is not said, the office is. */
// "her Fijian counterpart Voreqe Bainimarama", "her Saudi Arabian counterpart": the adjective, when
// there is one, says whose (any nationality ICU knows the country of).
// "his PNG counterpart Justin Tkatchenko", "his US counterpart": a country's initials say it as well.
const COUNTERPART =
  /\b(?:his|her|their)(?: (?:new|newly appointed|incoming))?(?: ([\p{Lu}][\p{Ll}]+(?: [\p{Lu}][\p{Ll}]+)?|\p{Lu}{2,4}))? counterparts?,?(?= \p{Lu})/gu;

// Where an envoy is posted, before the name: "to Fiji", "in Sudan", or a city before a courtesy title, where the name
// surely starts ("the US Consul General in Lahore Ms A B"); "the … Consul General" alone would take the office from the name.
const POSTED_TO = new RegExp(
  `^ (?:(?:to|in) (?:the )?(?:${COUNTRY_SOURCE})(?![\\p{L}])|(?:in|at) \\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?(?= (?:Mr|Mrs|Ms|Dr)\\.? \\p{Lu}))`,
  'u',
);

const OF_COUNTRY = new RegExp(`^ of (?:the )?${STATE_OF}(${COUNTRY_SOURCE}|${REGION_SOURCE})(?![\\p{L}])`, 'u');

/**
 * Titles only one country uses, unqualified: "Secretary of State Antony Blinken" is the United
 * States' ("Secretary of State for …" is British, "State Secretary" many countries').
 */
const DISTINCTIVE: [RegExp, string][] = [
  [/^(?:Deputy )?Secretary of State$/, 'United States'],
  [/^Chief Cabinet Secretary$/, 'Japan'],
  [/^External Affairs Minister$|^Minister of External Affairs$/, 'India'],
];
const distinctive = (role: string | null): string | null => DISTINCTIVE.find(([re]) => re.test(role ?? ''))?.[1] ?? null;

const countryOf = (whose: string | undefined): string | null => (whose ? normalizeCountry(whose.replace(/['’]s$/, '')) : null);

/** An appositive description right after a mention. */
const appositive = (text: string, end: number): string | null => APPOSITIVE.exec(text.slice(end))?.[1]?.trim() ?? null;

const named = (
  text: string,
  start: number,
  name: ReadName,
  role: string | null,
  country: string | null,
  how: string,
): Mention => ({
  index: start,
  surface: text.slice(start, name.end).replace(/\s*[(（][^)）]*[)）]$/u, ''),
  name: name.name,
  ...(name.alias ? { alias: name.alias } : {}),
  role,
  country,
  kind: 'named',
  possessive: name.possessive,
  how,
});

/** Words that mark English-style titles: a text without any has no mention these rules read. */
const ENGLISH_GATE = new RegExp(
  `${HEAD_SOURCE}|diplomat|official|counterpart|delegate|leader|host|guest|visitor|attended|accompanied|present|delegation`,
  'iu',
);
/** A letter of the Latin script (any case): every title and name these patterns read holds one. */
const LATIN = /\p{Script=Latin}/u;

/** Every English-style mention, each with the span it covers so later rules do not read it twice. */
export function englishMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  // Every pattern below needs a title's head noun, a word for a person, "host" or an attendance
  // phrase: a paragraph with none (most, in other languages) is skipped before the costly patterns.
  // The Latin-letter test first: it is cheap, and a paragraph in Hangul (or any other script alone)
  // fails it before the gate's case-blind alternatives are tried at every character.
  if (!LATIN.test(text) || !ENGLISH_GATE.test(text)) return out;
  const taken: [number, number][] = [];
  const open = (a: number, b: number): boolean => free(a, b) && !taken.some(([s, e]) => a < e && b > s);
  const add = (m: Mention, end: number): void => {
    out.push([m, end]);
    taken.push([m.index, end]);
  };

  for (const m of matchesWithinReach(TITLE_AT, NAMED, text, WHOSE_REACH)) {
    const end = m.index + m[0].length;
    // "Maria Santos, Minister of Trade, Juan Cruz, …": a title after a name and a comma is that
    // name's, so the name after it is not the title's.
    const appositiveTitle = /(?<![\p{L}])\p{Lu}[\p{L}.’'-]+ \p{Lu}[\p{L}.’'-]+, (?:the )?$/u.test(
      text.slice(Math.max(0, m.index - 60), m.index),
    );
    // "President of the Regional Development Bank (RDB) A B": the initials stand between the office and its holder.
    const initials = INITIALS_AT.exec(text.slice(end, end + 16))?.[0].length ?? 0;
    let name = readName(text, end + initials) ?? (appositiveTitle ? null : commaName(text, end + initials));
    if (initials && name && name.name.split(' ').filter((w) => w.replace(/\./g, '').length > 1).length < 2) name = null;
    // "Mr John Banda, Chairman of Zambia Sugar, …": after a name (its sentence's subject, or with a courtesy title) and its
    // comma, one word closing the office's clause ends the name of the body the named one heads, not a holder of the
    // office. In a list of titled names ("…, Ambassador of Thailand C D, Ambassador of Pakistan Hashmi, …") it is a surname.
    if (
      name &&
      appositiveTitle &&
      !name.name.includes(' ') &&
      /^(?:\s*[,.;)]|\s*$)/u.test(text.slice(name.end, name.end + 4)) &&
      /(?:^|[.!?:\n]\s*|(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Madam|Sir)\.? )\p{Lu}[\p{L}.’'-]+ \p{Lu}[\p{L}.’'-]+, (?:the )?$/u.test(
        text.slice(Math.max(0, m.index - 60), m.index),
      )
    )
      name = null;
    // "…, Attorney General of Canada, The Honourable Ed Fast, Minister of Trade": a name with its own office after it
    // is an item of a list of names each then described, not this office's holder (the name-first rule reads it).
    if (name && !text.startsWith(' ', end) && OWN_OFFICE_AFTER.test(text.slice(name.end, name.end + 120))) name = null;
    let title = m[2];
    // "Minister for Pacific Peoples, Dr Shae Reti": one word, then a name set off by a comma: the word
    // closes the office's portfolio, and the name after the comma holds it. A surname the record uses
    // again ("President Macron, Chancellor Olaf Scholz and …") stays the name.
    const lone = name && !name.name.includes(' ') && !name.possessive && text.indexOf(name.name) === text.lastIndexOf(name.name);
    const holder = lone && name ? commaName(text, name.end) : null;
    if (name && holder && title) {
      title = `${title} ${name.name}`;
      name = holder;
    }
    // "A B, Minister of Health, Ambassador C": of offices chained by commas after a name, only the last is C's.
    let start = m.index;
    if (name && appositiveTitle && title?.includes(', ')) {
      const cut = m[0].lastIndexOf(', ') + 2;
      start = m.index + cut;
      title = m[0].slice(cut);
    }
    if (!name || !title || !open(start, name.end)) continue;
    const role = mergeRoles(normalizeRole(title), appositive(text, name.end));
    // "Foreign Minister Ana Reyes of the Philippines": the country after the name.
    const after = OF_COUNTRY.exec(text.slice(name.end))?.[1];
    const country = countryNamed(m[3]) ?? countryOf(m[1]) ?? (after ? countryNamed(after) : null) ?? distinctive(role);
    add(named(text, start, name, role, country, 'named with a title'), name.end);
  }
  const reversed = [
    ...(REVERSED_TAIL.test(text) ? execAllInTurn(REVERSED_PARTS, text) : []),
    ...(REVERSED_LONG_TAIL.test(text) ? execAll(REVERSED_LONG, text) : []),
    ...(REVERSED_LOWER_TAIL.test(text) ? execAll(REVERSED_LOWER, text) : []),
  ];
  for (const m of reversed) {
    const end = m.index + m[0].length;
    // "Mr Pedro Soto, the Chilean Foreign Minister,", "His Excellency António Guterres, Secretary-General": the courtesy title is not part of the name.
    const honorific =
      /^(?:Mr|Ms|Mrs|Dr|Madam|Sir|H\.[EH]\.|(?:His|Her) (?:Excellency|Highness)(?: Mr| Ms)?|(?:The |the )?(?:Rt\.? )?Hon(?:ou?rable)?)\.? /.exec(
        m[1] ?? '',
      )?.[0] ?? '';
    if (honorific && m[1]) m[1] = m[1].slice(honorific.length);
    // Read without case, the name may have taken the words before it: "disclosed that Daniel Kritenbrink".
    const trailing = /(?:[\p{Lu}][\p{L}’'-]+ ){1,3}[\p{Lu}][\p{L}’'-]+$/u.exec(m[1] ?? '')?.[0];
    if (trailing && m[1] && trailing !== m[1] && /^[\p{Ll} ]+$/u.test(m[1].slice(0, -trailing.length))) m[1] = trailing;
    if (!m[1] || !m[3] || !CAPITALISED_NAME.test(m[1]) || !open(m.index, end)) continue;
    if (m[1].split(' ').some((t) => NOT_NAMES.has(fold(t), t) || isCountryWord(t))) continue;
    const country = normalizeCountry(m[4] ?? '') ?? countryOf(m[2]);
    add(
      {
        index: m.index,
        surface: m[0],
        name: m[1],
        role: normalizeRole(m[3]),
        country,
        kind: 'named',
        how: 'named, then described by title',
      },
      end,
    );
  }
  for (const re of [ROLE_ONLY, ROLE_OF]) {
    for (const m of execAll(re, text)) {
      const end = m.index + m[0].length;
      if (!m[1] || !m[2] || !open(m.index, end)) continue;
      const word = re === ROLE_ONLY ? m[2] : m[1];
      const country = re === ROLE_ONLY ? countryOf(m[1]) : normalizeCountry(m[2]);
      // "the Samoan High Commissioner to Fiji, Aliioaiga Feturi Elisaia": where the office is posted comes before the name.
      const at = end + (POSTED_TO.exec(text.slice(end, end + 60))?.[0].length ?? 0);
      const name = readName(text, at) ?? commaName(text, at);
      // "Viet Nam as the ASEAN Chair": a country's office, not a person in the room.
      if (!name && /\bas\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      const extra = appositive(text, name?.end ?? end);
      const generic = GENERIC_ROLES.has(word.toLowerCase());
      const role = mergeRoles(generic ? null : normalizeRole(word), extra);
      if (name) {
        add(named(text, m.index, name, role, country, 'named with a title'), name.end);
        continue;
      }
      const surface = m[0].replace(/^(The|His|Her|Their) /, (w) => w.toLowerCase());
      add(
        {
          index: m.index,
          surface,
          name: null,
          role,
          country,
          kind: role === null ? 'generic' : 'role',
          how: 'named only by title',
        },
        end,
      );
    }
  }
  for (const m of execAll(ROLE_NAMED, text)) {
    const end = m.index + m[0].length;
    const name = readName(text, end) ?? commaName(text, end);
    if (!name || !m[1] || !m[2] || !open(m.index, name.end)) continue;
    const generic = GENERIC_ROLES.has(m[2].toLowerCase());
    const role = mergeRoles(generic ? null : normalizeRole(m[2]), appositive(text, name.end));
    add(named(text, m.index, name, role, countryOf(m[1]), 'named with a title'), name.end);
  }
  // "met her counterpart, Tomas Vidal, who …": the other side's holder of the same office.
  for (const m of execAll(COUNTERPART, text)) {
    const end = m.index + m[0].length;
    const name = readName(text, end) ?? commaName(text, end);
    if (!name || name.name.split(' ').length < 2 || !open(m.index, name.end)) continue;
    const whose = m[1] ? (countryOf(m[1]) ?? adjectiveCountry('en', m[1].toLowerCase())) : null;
    add(named(text, m.index, name, appositive(text, name.end), whose, 'named as the counterpart'), name.end);
  }
  for (const [m, end] of attendanceList(text, open)) add(m, end);
  for (const m of execAll(HOST, text)) {
    const end = m.index + m[0].length;
    if (!open(m.index, end)) continue;
    const kind = m[1] === 'host' ? 'host' : 'guest';
    add(
      {
        index: m.index,
        surface: m[0].replace(/^The /, 'the '),
        name: null,
        role: null,
        country: null,
        kind,
        how: `called "the ${m[1]}"`,
      },
      end,
    );
  }
  return out;
}
