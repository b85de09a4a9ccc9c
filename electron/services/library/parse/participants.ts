// Who was in the room. Records name a person in full once ("Minister of Foreign Affairs Kang,
// Kyung-wha") and then short ("Minister Kang"), or only by role ("the Vietnamese FM", "the
// host"). Mentions are collected first, then merged into one participant per person: by name,
// then role-only mentions by country and office, then generic ones ("the Korean diplomat").

import type { Participant } from '../../../api/types.ts';
import { COUNTRY_SOURCE, COUNTRY_WORDS, countryIn, NATIONALITY_SOURCE, normalizeCountry } from './countries.ts';
import {
  KOREAN_COUNTRIES,
  KOREAN_NAMED,
  KOREAN_NOT_NAMES,
  KOREAN_ROLES,
  LOCAL_COUNTRIES,
  LOCAL_NAMED,
  LOCAL_TITLES,
} from './local-titles.ts';
import { GENERIC_ROLES, mergeRoles, normalizeRole, ROLE_SOURCE, ROLE_WORDS_SOURCE, rolesCompatible, titles } from './roles.ts';
import { fold } from './text.ts';

type Mention = {
  index: number;
  /** "Park Geun-hye's trip": the person is what the clause is about, not who was in the room. */
  possessive?: boolean;
  surface: string;
  name: string | null;
  role: string | null;
  country: string | null;
  kind: 'named' | 'role' | 'generic' | 'host' | 'guest';
};

type Person = {
  name: string | null;
  tokens: string[];
  role: string | null;
  country: string | null;
  first: number;
  mentions: Mention[];
};

export type ParticipantContext = { publisherCountry: string | null; hostCountry: string | null };

const NAMED = new RegExp(
  `(?:(?<![\\p{L}])(${NATIONALITY_SOURCE}) )?(?<![\\p{L}])(${ROLE_SOURCE})(?: of (?:the )?(${COUNTRY_SOURCE}))?(?![\\p{L}])`,
  'gu',
);
const REVERSED = new RegExp(
  `(?<![\\p{L}])((?:[\\p{Lu}][\\p{Ll}’'-]+ ){1,3}[\\p{Lu}][\\p{Ll}’'-]+), (?:the )?(?:(${NATIONALITY_SOURCE}) )?(${ROLE_SOURCE})(?: of (?:the )?(${COUNTRY_SOURCE}))?(?=[,.;]| and | who | said | for )`,
  'gu',
);
const ROLE_ONLY = new RegExp(
  `\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) (${NATIONALITY_SOURCE}) (${ROLE_WORDS_SOURCE})(?![\\p{L}])`,
  'giu',
);
/** "Australian counterpart Penny Wong": a nationality and a title without "the", only when a name follows. */
const ROLE_NAMED = new RegExp(`(?<![\\p{L}])(${NATIONALITY_SOURCE}) (${ROLE_WORDS_SOURCE})(?![\\p{L}])`, 'gu');
const ROLE_OF = new RegExp(`\\b[Tt]he (${ROLE_SOURCE}) of (?:the )?(${COUNTRY_SOURCE})(?![\\p{L}])`, 'gu');
const HOST =
  /\b[Tt]he (host|guest|visitor)\b(?! (?:country|nation|city|government|side|team|house|houses|list|room|book|speaker)\b)/g;
/** A description set off by commas after a mention: ", Head of the RoK's ASEAN SOM,". */
const APPOSITIVE = /^, ((?:Head|Chief|Director|Chair|Co-chair|Leader|Member|Secretary)\b[^,.;()]{1,80}),/u;

/** Capitalised words that are not names when they follow a title. */
const NOT_NAMES = new Set(
  (
    'the he she they it this that these his her their in on at and of for with to mr ms mrs dr ' +
    'minister prime deputy vice president foreign affairs ambassador government ministry department office committee ' +
    'embassy agency council party assembly bureau commission forum meeting summit day talks asean mekong covid-19 ' +
    'un eu apec who g20 nspp said also however meanwhile secretary general director chairman spokesperson national ' +
    "state people’s people's republic socialist head delegation january february march april may june july august " +
    'september october november december monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

const HONORIFIC = /^(?:Mr|Ms|Mrs|Dr|H\.E\.)\.?$/;

/** The name written after a title: up to four capitalised words; "Kang, Kyung-wha" is the Korean "surname, given name". */
type ReadName = { name: string; end: number; possessive: boolean };

function readName(text: string, at: number): ReadName | null {
  const tokens: string[] = [];
  let pos = at;
  // "H.E. Mr. Pham Binh Minh": courtesy titles before the name are not part of it.
  for (
    let m = /^ (?:H\.E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)(?= )/.exec(text.slice(pos));
    m;
    m = /^ (?:H\.E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)(?= )/.exec(text.slice(pos))
  )
    pos += m[0].length;
  while (tokens.length < 4) {
    const m = /^ ([\p{Lu}][\p{L}\p{M}’'-]*)/u.exec(text.slice(pos));
    if (!m?.[1]) break;
    let token = m[1];
    if (tokens.length === 0 && HONORIFIC.test(token)) {
      pos += m[0].length + (text[pos + m[0].length] === '.' ? 1 : 0);
      continue;
    }
    const possessive = /(?:’s|'s|’|')$/.exec(token);
    if (possessive) token = token.slice(0, -possessive[0].length);
    if (token === '' || NOT_NAMES.has(fold(token)) || COUNTRY_WORDS.has(fold(token))) break;
    tokens.push(token);
    pos += 1 + token.length;
    if (possessive) break;
    const given = /^, ([\p{Lu}][\p{Ll}]+-[\p{Ll}]+)(?![\p{L}])/u.exec(text.slice(pos));
    if (given?.[1] && tokens.length === 1) {
      tokens.push(given[1]);
      pos += given[0].length;
      break;
    }
  }
  return tokens.length === 0 ? null : { name: tokens.join(' '), end: pos, possessive: /^(?:’s|'s|’|')/.test(text.slice(pos)) };
}

/**
 * The name set off by commas after a title: "External Affairs Minister, Natwar Singh, …", "his
 * Chinese counterpart, Wang Yi, …". Two words or more, closed by a comma, a stop or "and".
 */
function commaName(text: string, at: number): ReadName | null {
  if (!text.startsWith(', ', at)) return null;
  const name = readName(text, at + 1);
  if (!name || name.name.split(' ').length < 2 || !/^(?:[,.;]| and )/.test(text.slice(name.end))) return null;
  return name;
}

/** A name in reported speech or an attribution ("attributable to Spokesperson Ned Price") is the source, not a participant. */
const ATTRIBUTION = /(?:attributable to|according to|said|says|told)\s*(?:the\s+)?$/i;

/** An appositive description right after a mention. */
const appositive = (text: string, end: number): string | null => APPOSITIVE.exec(text.slice(end))?.[1]?.trim() ?? null;

function collectMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  const covered: [number, number][] = [];
  const free = (a: number, b: number): boolean => !covered.some(([s, e]) => a < e && b > s);
  const add = (m: Mention, end: number): void => {
    mentions.push(m);
    covered.push([m.index, end]);
  };

  for (const m of text.matchAll(NAMED)) {
    const end = m.index + m[0].length;
    const name = readName(text, end) ?? commaName(text, end);
    if (!name || !m[2]) continue;
    const start = m.index;
    if (ATTRIBUTION.test(text.slice(Math.max(0, start - 40), start))) {
      covered.push([start, name.end]);
      continue;
    }
    const role = mergeRoles(normalizeRole(m[2]), appositive(text, name.end));
    const country = normalizeCountry(m[3] ?? m[1] ?? '') ?? null;
    add(
      {
        index: start,
        surface: text.slice(start, name.end),
        name: name.name,
        role,
        country,
        kind: 'named',
        possessive: name.possessive,
      },
      name.end,
    );
  }
  for (const m of text.matchAll(REVERSED)) {
    if (!m[1] || !m[3] || !free(m.index, m.index + m[0].length)) continue;
    if (m[1].split(' ').some((t) => NOT_NAMES.has(fold(t)) || COUNTRY_WORDS.has(fold(t)))) continue;
    const country = normalizeCountry(m[4] ?? m[2] ?? '') ?? null;
    add({ index: m.index, surface: m[0], name: m[1], role: normalizeRole(m[3]), country, kind: 'named' }, m.index + m[0].length);
  }
  for (const re of [ROLE_ONLY, ROLE_OF]) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      if (!free(m.index, end) || !m[1] || !m[2]) continue;
      const word = re === ROLE_ONLY ? m[2] : m[1];
      const country = normalizeCountry(re === ROLE_ONLY ? m[1] : m[2]);
      const name = readName(text, end) ?? commaName(text, end);
      const extra = appositive(text, name?.end ?? end);
      const generic = GENERIC_ROLES.has(word.toLowerCase());
      const role = mergeRoles(generic ? null : normalizeRole(word), extra);
      const surface = m[0].replace(/^(The|His|Her|Their) /, (w) => w.toLowerCase());
      if (name)
        add(
          {
            index: m.index,
            surface: text.slice(m.index, name.end),
            name: name.name,
            role,
            country,
            kind: 'named',
            possessive: name.possessive,
          },
          name.end,
        );
      else add({ index: m.index, surface, name: null, role, country, kind: role === null ? 'generic' : 'role' }, end);
    }
  }
  for (const m of text.matchAll(ROLE_NAMED)) {
    const end = m.index + m[0].length;
    const name = readName(text, end);
    if (!name || !m[1] || !m[2] || !free(m.index, name.end)) continue;
    const generic = GENERIC_ROLES.has(m[2].toLowerCase());
    const role = mergeRoles(generic ? null : normalizeRole(m[2]), appositive(text, name.end));
    const surface = text.slice(m.index, name.end);
    add(
      {
        index: m.index,
        surface,
        name: name.name,
        role,
        country: normalizeCountry(m[1]),
        kind: 'named',
        possessive: name.possessive,
      },
      name.end,
    );
  }
  for (const m of text.matchAll(LOCAL_NAMED)) {
    const end = m.index + m[0].length;
    const name = readName(text, end);
    if (!name || !m[1] || !free(m.index, name.end)) continue;
    const country = m[2] ? (normalizeCountry(LOCAL_COUNTRIES[m[2].toLowerCase()] ?? '') ?? null) : null;
    const role = LOCAL_TITLES[m[1].toLowerCase()] ?? null;
    add(
      {
        index: m.index,
        surface: text.slice(m.index, name.end),
        name: name.name,
        role,
        country,
        kind: 'named',
        possessive: name.possessive,
      },
      name.end,
    );
  }
  for (const m of text.matchAll(KOREAN_NAMED)) {
    const name = m[1] ?? '';
    const end = m.index + m[0].length;
    if (name.split(' ').some((w) => KOREAN_NOT_NAMES.test(w)) || !free(m.index, end)) continue;
    const country = m[2] ? (normalizeCountry(KOREAN_COUNTRIES[m[2]] ?? '') ?? null) : null;
    add({ index: m.index, surface: m[0], name, role: KOREAN_ROLES[m[3] ?? ''] ?? null, country, kind: 'named' }, end);
  }
  for (const m of text.matchAll(HOST)) {
    const kind = m[1] === 'host' ? 'host' : 'guest';
    add(
      { index: m.index, surface: m[0].replace(/^The /, 'the '), name: null, role: null, country: null, kind },
      m.index + m[0].length,
    );
  }
  return mentions.sort((a, b) => a.index - b.index);
}

const nameTokens = (name: string): string[] => fold(name).split(/\s+/);
const subset = (a: string[], b: string[]): boolean => a.every((t) => b.includes(t));

export function findParticipants(paragraphs: string[], ctx: ParticipantContext): Participant[] {
  // Offsets into the joined text keep reading order; "\n" stops a mention from spanning paragraphs.
  const mentions = collectMentions(paragraphs.join('\n'));
  const people: Person[] = [];
  const attach = (p: Person, m: Mention): void => {
    p.mentions.push(m);
    p.first = Math.min(p.first, m.index);
    p.country ??= m.country;
    p.role = mergeRoles(p.role, m.role);
  };
  const create = (m: Mention): void => {
    people.push({
      name: m.name,
      tokens: m.name ? nameTokens(m.name) : [],
      role: m.role,
      country: m.country,
      first: m.index,
      mentions: [m],
    });
  };

  // 1. Named mentions: "Minh" is the "Pham Binh Minh" already met (or about to be).
  for (const m of mentions.filter((x) => x.kind === 'named')) {
    const tokens = nameTokens(m.name ?? '');
    const same = people.filter((p) => p.name !== null && (subset(tokens, p.tokens) || subset(p.tokens, tokens)));
    const p = same.find((q) => rolesCompatible(q.role, m.role)) ?? same[0];
    if (!p) {
      create(m);
      continue;
    }
    if (tokens.length > p.tokens.length) {
      // The fuller name and the role written with it describe the person best.
      p.name = m.name;
      p.tokens = tokens;
      p.role = m.role ?? p.role;
    }
    p.mentions.push(m);
    p.first = Math.min(p.first, m.index);
    p.country ??= m.country;
    p.role ??= m.role;
  }

  // 2. An unqualified title in a ministry's own release is that ministry's country.
  if (ctx.publisherCountry) for (const p of people) p.country ??= ctx.publisherCountry;

  // 3. Role-only mentions: same country and a compatible office, or the same office with no country yet.
  for (const m of mentions.filter((x) => x.kind === 'role')) {
    const byTitle = people.filter(
      (p) =>
        (p.country === null || m.country === null || p.country === m.country) &&
        titles(p.role).some((t) => titles(m.role).includes(t)),
    );
    const byCountry = people.filter((p) => m.country !== null && p.country === m.country && rolesCompatible(p.role, m.role));
    const p = byTitle[0] ?? (byCountry.length === 1 ? byCountry[0] : byCountry.find((q) => q.name === null));
    if (p) attach(p, m);
    else create(m);
  }

  // 4. Generic mentions ("the Korean diplomat", "the host") when exactly one person fits.
  for (const m of mentions.filter((x) => x.kind === 'generic' || x.kind === 'host' || x.kind === 'guest')) {
    let fits: Person[];
    if (m.kind === 'generic') fits = people.filter((p) => p.country === m.country);
    else if (ctx.hostCountry === null) fits = [];
    else if (m.kind === 'host') fits = people.filter((p) => p.country === ctx.hostCountry);
    else fits = people.filter((p) => p.country !== null && p.country !== ctx.hostCountry);
    const [only] = fits;
    if (fits.length === 1 && only) attach(only, m);
    else if (fits.length === 0 && m.kind === 'generic') create(m);
  }

  // People the record only mentions in passing are context, not participants: named once and
  // only as the owner of something ("President Park's trip"), or once, late, by full name alone
  // ("… after meeting with Prime Minister Li Keqiang" in the fourth paragraph).
  const joined = paragraphs.join('\n');
  const lateFrom =
    paragraphs.length >= 3 ? (paragraphs[0]?.length ?? 0) + (paragraphs[1]?.length ?? 0) + 2 : Number.POSITIVE_INFINITY;
  const inPassing = (p: Person): boolean =>
    p.name !== null &&
    (p.mentions.every((m) => m.possessive) || (p.mentions.length === 1 && p.first >= lateFrom && countName(joined, p) === 1));
  return people
    .filter((p) => !inPassing(p))
    .sort((a, b) => a.first - b.first)
    .map((p) => ({ name: p.name, role: p.role, country: p.country, aliases: aliasesOf(p), key: participantKey(p.name) }));
}

/** How often the person's last name appears in the text (short references count: "Wang said"). */
function countName(text: string, p: Person): number {
  const last = p.name?.split(' ').at(-1);
  if (!last) return 0;
  return text.split(last).length - 1;
}

/**
 * One person across records: the name folded (no diacritics, đ → d, lower case), honorifics and
 * punctuation dropped, so "Phạm Bình Minh", "Pham Binh Minh" and "H.E. Mr. Pham Binh Minh" match.
 */
export function participantKey(name: string | null): string | null {
  if (name === null) return null;
  const key = fold(name)
    .replace(/\b(?:h\.e\.|mr|ms|mrs|dr)\.?(?=\s|$)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key === '' ? null : key;
}

/**
 * The short and role-only forms the record uses for the person ("Minister Kang", "FM Son",
 * "the host"); the mention that spells out the full name is the name itself, not an alias.
 */
function aliasesOf(p: Person): string[] {
  const out: string[] = [];
  for (const m of p.mentions) {
    const short = m.name === null || nameTokens(m.name).length < Math.max(2, p.tokens.length);
    const surface = m.surface.replace(/^The /, 'the ');
    if (short && surface !== p.name && !out.includes(surface)) out.push(surface);
  }
  return out;
}

/** The host country: the country the place is in ("guest house of the Ministry … of Viet Nam", "Vietnam"). */
export const hostCountryOf = (place: string | null): string | null => (place === null ? null : countryIn(place));
