// Mentions → people. Records name a person in full once ("Minister of Foreign Affairs Kang,
// Kyung-wha") and then short ("Minister Kang"), or only by role ("the Vietnamese FM", "the
// host"): named mentions merge by name, role-only ones by country and office, generic ones
// ("the Korean diplomat", "the host") only when exactly one person fits.

import { mergeRoles, rolesCompatible, titles } from '../roles.ts';
import { fold } from '../text.ts';
import { wholerForm, writtenTwoWays } from './name-slips.ts';
import { nameTokens } from './names.ts';
import { countryNamed } from './regions.ts';
import type { Mention, ParticipantContext, Person } from './types.ts';

/** Russian and Ukrainian decline a name after "с"/"з": "Блинкеном" is "Блинкен", "Майком" is "Майк". */
const INSTRUMENTAL = /^(?:ом|ем|ём|ым|им|ой|ей|ою|ею|єм)$/u;
const declined = (t: string, w: string): boolean =>
  /\p{Script=Cyrillic}/u.test(t) && t.length > w.length + 1 && t.startsWith(w) && INSTRUMENTAL.test(t.slice(w.length));

/** Every word of a is in b; an initial ("c" of "C.Ashton") stands for a word it begins; a declined word for its plain form. */
const subset = (a: string[], b: string[]): boolean =>
  a.every(
    (t) =>
      b.includes(t) ||
      (/^[a-z]$/.test(t) && b.some((w) => w.length > 1 && w.startsWith(t))) ||
      b.some((w) => declined(t, w) || declined(w, t)),
  );

/**
 * A one-word name made of the full name's first word and the start of a later one: "Jokowi" is Joko
 * Widodo. Records give the full name once and the people's short form after it.
 */
const blended = (a: string[], b: string[]): boolean => {
  const [word] = a;
  const [first] = b;
  if (a.length !== 1 || b.length < 2 || !word || !first || first.length < 3 || !word.startsWith(first)) return false;
  const rest = word.slice(first.length);
  return rest.length === 2 && b.slice(1).some((t) => t.length > rest.length && t.startsWith(rest));
};

/** Same person by name: every word of the shorter name is in the longer, or one is the other's other-script form. */
function sameName(p: Person, m: Mention): boolean {
  if (p.name === null || m.name === null) return false;
  const tokens = nameTokens(m.name);
  if (subset(tokens, p.tokens) || subset(p.tokens, tokens) || blended(tokens, p.tokens) || blended(p.tokens, tokens)) return true;
  if (writtenTwoWays(tokens, p.tokens)) return true;
  const forms = p.mentions.flatMap((x) => (x.alias ? [fold(x.alias)] : []));
  return (
    forms.includes(fold(m.name)) ||
    (m.alias !== undefined && p.mentions.some((x) => x.name !== null && fold(x.name) === fold(m.alias ?? '')))
  );
}

/**
 * A wife named with her husband's name ("Ibu Negara Iriana Joko Widodo" beside "Presiden Joko Widodo") holds all
 * his words: she is not him, whichever of the two is named first. "phu nhân Melania" and "Melania Trump" stay one.
 */
function kinOfNamed(p: Person, m: Mention, tokens: string[]): boolean {
  const kin = p.mentions.some((x) => x.kin);
  if (m.kin && !kin) return p.tokens.length < tokens.length && subset(p.tokens, tokens);
  if (!m.kin && kin) return tokens.length < p.tokens.length && subset(tokens, p.tokens);
  return false;
}

/** The mention's country, when the person has none yet or only an inferred one and the mention states it. */
function adopt(p: Person, m: Mention): void {
  if (m.country === null) return;
  if (p.country === null || (p.countryFrom && !m.countryFrom)) {
    p.country = m.country;
    if (m.countryFrom) p.countryFrom = m.countryFrom;
    else delete p.countryFrom;
  }
}

/** The short office is the long one said briefly: "the US Ambassador" is the "U.S. Ambassador to Kenya". */
function holds(long: string | null, short: string | null): boolean {
  if (long === null || short === null) return false;
  const words = new Set(fold(long).split(/[^\p{L}\p{N}]+/u));
  return fold(short)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((w) => words.has(w));
}

/**
 * The state an office is written with ("Ambassador of the Russian Federation to Sri Lanka", "High
 * Commissioner of Pakistan"): null when the words after the last "of" name no country ("Minister of
 * Foreign Affairs" is a portfolio). "to Sri Lanka" is where the envoy serves, not whose envoy.
 */
const OF_STATE = /^.* of (.+)$/u;
function stateOfOffice(role: string | null): string | null {
  const m = role === null ? null : OF_STATE.exec(role);
  return m ? countryNamed((m[1] as string).replace(/ (?:to|in) .*$/u, '')) : null;
}

export function mergeMentions(mentions: Mention[], ctx: ParticipantContext): Person[] {
  const people: Person[] = [];
  const attach = (p: Person, m: Mention): void => {
    p.mentions.push(m);
    p.first = Math.min(p.first, m.index);
    adopt(p, m);
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
      ...(m.countryFrom ? { countryFrom: m.countryFrom } : {}),
    });
  };

  // 1. Named mentions: "Minh" is the "Pham Binh Minh" already met (or about to be).
  for (const m of mentions.filter((x) => x.kind === 'named')) {
    const tokens = nameTokens(m.name ?? '');
    const same = people.filter((p) => sameName(p, m) && !kinOfNamed(p, m, tokens));
    const p =
      same.find(
        (q) => rolesCompatible(q.role, m.role) && (q.country === null || m.country === null || q.country === m.country),
      ) ?? same[0];
    if (!p) {
      create(m);
      continue;
    }
    // A name cut short by the page ("Kang Myon") or in the genitive ("Macrons") gives way to its whole form.
    if ((tokens.length > p.tokens.length || wholerForm(p.tokens, tokens)) && !m.passing) {
      // The fuller name and the role written with it describe the person best.
      p.name = m.name;
      p.tokens = tokens;
      p.role = m.role ?? p.role;
    }
    p.mentions.push(m);
    p.first = Math.min(p.first, m.index);
    adopt(p, m);
    p.role ??= m.role;
  }

  // 2. An office that names its state ("Ambassador of the Russian Federation") is that state's.
  for (const p of people) {
    const state = p.country === null ? stateOfOffice(p.role) : null;
    if (state) {
      p.country = state;
      p.countryFrom = 'the state the office names';
    }
  }

  // 2b. An unqualified title in a ministry's own release is that ministry's country.
  if (ctx.publisherCountry)
    for (const p of people)
      if (p.country === null) {
        p.country = ctx.publisherCountry;
        p.countryFrom = 'the publisher’s government';
      }

  // 3. Role-only mentions: same country and a compatible office, or the same office with no country yet.
  for (const m of mentions.filter((x) => x.kind === 'role')) {
    const byTitle = people.filter(
      (p) =>
        (p.country === null || m.country === null || p.country === m.country) &&
        titles(p.role).some((t) => titles(m.role).includes(t)),
    );
    const byCountry = people.filter(
      (p) => m.country !== null && p.country === m.country && (rolesCompatible(p.role, m.role) || holds(p.role, m.role)),
    );
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
  return people;
}
