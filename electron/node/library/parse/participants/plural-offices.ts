// One plural office over a list of countries, the holders never named: "received the ambassadors
// of Chile, Kenya and Norway", "les ambassadeurs de la Russie, du Qatar et de l’Arabie saoudite",
// "as credenciais dos embaixadores dos seguintes países: Angola, Chile e Peru", "die Botschafter der
// Mongolei, Kenias sowie Perus", "met foreign ministers from Finland, Belgium and Sweden". Each
// country is one participant known by office and country alone; merging joins one to a holder the
// record names elsewhere. One country alone is left to the singular rules ("the ambassadors of
// Japan" may be many, or a country's envoys in general). "Envoys representing the EU, France and
// Finland paid a courtesy call": "representing" is English's other way to tie envoys to their states.

import { countryAt, normalizeCountry } from '../../../../shared/countries.ts';
import { compiledEarly } from '../compiled-early.ts';
import { execAll } from '../patterns.ts';
import { inMeetingSentence } from './meeting.ts';
import { genitiveCountry } from './slavic.ts';
import type { Mention, Person } from './types.ts';

/** The plural offices, per language, each with its singular: the role one holder is given. */
const OFFICES: [string, string][] = [
  ['ambassadors', 'ambassador'],
  ['envoys', 'envoy'],
  ['high commissioners', 'high commissioner'],
  ['foreign ministers', 'foreign minister'],
  ['prime ministers', 'prime minister'],
  ['heads of state', 'head of state'],
  ['ambassadeurs', 'ambassadeur'],
  ['ministres des affaires étrangères', 'ministre des Affaires étrangères'],
  ['premiers ministres', 'Premier ministre'],
  ['embajadores', 'embajador'],
  ['cancilleres', 'canciller'],
  ['ministros de relaciones exteriores', 'ministro de Relaciones Exteriores'],
  ['primeros ministros', 'primer ministro'],
  ['embaixadores', 'embaixador'],
  ['chanceleres', 'chanceler'],
  ['ministros das relações exteriores', 'ministro das Relações Exteriores'],
  ['primeiros-ministros', 'primeiro-ministro'],
  ['ambasciatori', 'ambasciatore'],
  ['ministri degli esteri', 'ministro degli Esteri'],
  ['botschaftern', 'Botschafter'],
  ['botschafter', 'Botschafter'],
  ['außenministern', 'Außenminister'],
  ['außenminister', 'Außenminister'],
];
const SINGULAR = new Map(OFFICES);

/** Cheap test first: most records hold none of the plural offices. */
const GATE =
  /mbassad|nvoys|ommissioners|mbajad|mbaixad|mbasciat|otschafter|inist|ancill|hancel|ußenminist|heads of state|[Пп]осл|[Мм]ин/iu;

/**
 * The office, up to three words that qualify it ("new", "accrédités au Sénégal", "neuen"), then
 * "of", "from" and their kin, or "of the following countries:".
 */
const HEAD = compiledEarly(
  new RegExp(
    `(?<![\\p{L}])(${OFFICES.map(([p]) => p.replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}])` +
      "((?:\\s+(?!of\\b|from\\b|representing\\b|de\\b|du\\b|des\\b|do\\b|da\\b|dos\\b|das\\b|der\\b|aus\\b|von\\b|degli\\b|dei\\b|di\\b)[\\p{Ll}\\p{Lu}][\\p{L}’'-]*){0,3}?)" +
      "\\s+(?:(?:of|from|representing|de|dos|das|der|dei|degli|di|von)\\s+(?:the\\s+)?(?:following\\s+countries|seguintes\\s+países|países\\s+seguintes|pays\\s+suivants|siguientes\\s+países|folgenden\\s+(?:Länder|Staaten))\\s*:\\s*|(?=(?:of|from|representing|de|du|des|do|da|dos|das|der|aus|von|dell[aeo’']|di|del)\\s))",
    'giu',
  ),
);

/** What may stand before a country in the list: "of (the)", "de la", "du", "dos", "der", "aus den". */
const BEFORE =
  /^(?:of\s+the|of|from\s+the|from|representing\s+the|representing|de\s+la|de\s+l['’]|d['’]|du|des|de|do|da|dos|das|der|den|aus\s+den|aus\s+der|aus|von|dell['’]|della|dello|del|di|la|le|les|l['’]|the|el|los|las|o|a|os|as|die)(?:\s+|(?<=['’]))/iu;

/**
 * A state's name may run on past what the country table knows: "États-Unis d’Amérique", "United States
 * of America", "United Kingdom of Great Britain and Northern Ireland" (its "and" joins no second state).
 */
const FORMAL_TAIL = /^\s+(?:of\s+Great\s+Britain\s+and\s+Northern\s+Ireland|(?:d['’]|of\s+|de\s+)\p{Lu}[\p{L}-]*)/u;

/** The country's short form in brackets after its name: "United Arab Emirates (UAE), Sweden". */
const SHORT_FORM = /^\s*\(\p{Lu}[\p{Lu}.]{1,7}\)/u;

/** Between two countries: a comma, "and" and its kin, "as well as", "(tanto de X) como de Y". */
const BETWEEN = /^\s*(?:,\s*)?(?:(?:and|et|y|e|und|sowie|as\s+well\s+as|ainsi\s+que|como)\s+)?/iu;

/** A verb right after the list: the countries' envoys in general ("have long …"), not those in the room. */
const GENERAL = /^\s*(?:have|has|had|ont|han|têm|haben|sind|are|were)(?![\p{L}])/iu;

/** "…, respectively Mr X and Mr Y": the holders are named, and the rules that read names read them. */
const NAMED_AFTER =
  /^[^.\n]{0,60}?(?<![\p{L}])(?:respectivement|respectively|respectivamente|rispettivamente|beziehungsweise)(?![\p{L}])/iu;

/** "After the ambassadors of X and Y (received last week), …": an earlier audience, not this one. */
const EARLIER = /(?<![\p{L}])(?:après|after|tras|depois|dopo|nach)\s+(?:les|the|los|las|os|as|dos|das|gli|den)?\s*$/iu;

/**
 * Russian and Ukrainian put the countries straight after the plural, in the genitive and without a
 * preposition: "с Послами Канады, Германии и Швеции", "з послами Чехії, Норвегії та Німеччини".
 */
const SLAVIC_HEAD = compiledEarly(
  /(?<![\p{L}])(?:[Пп]ослами|[Пп]ослов|[Пп]ослам|[Пп]ослів|[Мм]инистрами иностранных дел|[Мм]иністрами закордонних справ)\s+(?=\p{Lu})/gu,
);
const SLAVIC_ITEM = /^(\p{Lu}[\p{L}-]*)(,\s*|\s+(?:и|і|й|та)\s+|\s+(?=\p{Lu}))?/u;

function genitiveList(text: string, at: number): { country: string; start: number; end: number }[] {
  const out: { country: string; start: number; end: number }[] = [];
  let pos = at;
  for (let items = 0; items < 30; items++) {
    const m = SLAVIC_ITEM.exec(text.slice(pos, pos + 40));
    const country = m?.[1] ? genitiveCountry(m[1]) : null;
    if (!m?.[1] || !country) break;
    out.push({ country, start: pos, end: pos + m[1].length });
    if (!m[2]) break;
    pos += m[0].length;
  }
  return out;
}

/** Where a list item ends when the country table does not know it: the next comma, "and", or the sentence's end. */
const ITEM_END = /,|\s(?:and|et|y|e|und|sowie|as\s+well\s+as|ainsi\s+que)\s|[.;:!?()\n]/iu;

/** The country an item names: at its start ("Bósnia e Herzegovina"), or ending it ("der Islamischen Republik Pakistan"). */
function itemCountry(text: string, start: number): { country: string; end: number } | 'unknown' | null {
  const found = countryAt(text, start);
  if (found) return found;
  if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) return null;
  const rest = text.slice(start, start + 60);
  const stop = rest.search(ITEM_END);
  const end = start + (stop < 0 ? rest.length : stop);
  for (let at = text.indexOf(' ', start) + 1; at > 0 && at < end; at = text.indexOf(' ', at) + 1) {
    const formal = countryAt(text, at);
    if (formal && formal.end === end) return formal;
  }
  // German declines a plural name after "aus den", "den": "Niederlanden", "Vereinigten Arabischen Emiraten".
  const undeclined = text.slice(start, end).replace(/(?<=e)n(?![\p{L}])/gu, '');
  const plain = /n(?![\p{L}])/u.test(text.slice(start, end)) ? normalizeCountry(undeclined) : null;
  if (plain) return { country: plain, end };
  return stop < 0 ? null : 'unknown';
}

function countryList(text: string, at: number): { country: string; start: number; end: number }[] {
  const out: { country: string; start: number; end: number }[] = [];
  let pos = at;
  let unknown = false;
  for (let items = 0; items < 40; items++) {
    const before = BEFORE.exec(text.slice(pos, pos + 20));
    const start = pos + (before?.[0].length ?? 0);
    const found = itemCountry(text, start);
    if (!found) break;
    let end: number;
    if (found === 'unknown') {
      // One name the table does not know ("Benim", "Côte d’Ivoire") does not end a list; two do.
      if (unknown || out.length === 0) break;
      unknown = true;
      end = start + text.slice(start, start + 60).search(ITEM_END);
    } else {
      unknown = false;
      out.push({ country: found.country, start, end: found.end });
      end = found.end + (SHORT_FORM.exec(text.slice(found.end, found.end + 12))?.[0].length ?? 0);
      end += FORMAL_TAIL.exec(text.slice(end, end + 60))?.[0].length ?? 0;
    }
    const between = BETWEEN.exec(text.slice(end, end + 20));
    if (!between?.[0]) break;
    pos = end + between[0].length;
  }
  return out;
}

/**
 * The holders of one listed office the record names (merged into named people) mark the list as one
 * of named envoys: a country left without a name there is a name the readers missed, not a person
 * known by office alone. Each such list's start, with where it ends.
 */
export function listsOfNamed(people: Person[]): Map<number, number> {
  const ends = new Map<number, number>();
  for (const p of people)
    for (const m of p.mentions)
      if (m.officeList !== undefined) ends.set(m.officeList, Math.max(ends.get(m.officeList) ?? 0, m.index + m.surface.length));
  const named = new Map<number, number>();
  for (const p of people)
    if (p.name !== null)
      for (const m of p.mentions) if (m.officeList !== undefined) named.set(m.officeList, ends.get(m.officeList) ?? m.index);
  return named;
}

/** A capitalised word: where a country's name or adjective may start. */
const CAPITAL_WORD = /(?<![\p{L}])\p{Lu}/gu;

/** The country named, or its adjective written ("the Swedish envoy"), anywhere outside the lists. */
function namedOutside(country: string, text: string, lists: [number, number][]): boolean {
  for (const w of text.matchAll(CAPITAL_WORD)) {
    if (lists.some(([s, e]) => w.index >= s && w.index < e)) continue;
    if (countryAt(text, w.index)?.country === country) return true;
  }
  return false;
}

/**
 * …unless the record never names that country again outside the list: "received the credentials of ambassadors from
 * Belgium, Saudi Arabia, Sweden, Italy and Malta", then only the first two envoys named. No name is there to be
 * missed, and the holder stays known by office and country.
 */
export const fromNamedList = (p: Person, named: Map<number, number>, text: string): boolean =>
  p.name === null &&
  p.mentions.every((m) => m.officeList !== undefined && named.has(m.officeList)) &&
  (p.country === null || namedOutside(p.country, text, [...named]));

/** "He received several ambassadors. Among these guests were the ambassadors of X and Y": the sentence before, in the same paragraph, reports the meeting. */
function afterMeetingSentence(text: string, at: number): boolean {
  const line = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(line, at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  return stop > 0 && inMeetingSentence(text, line + stop - 1);
}

export function pluralOfficeMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const out: [Mention, number][] = [];
  const lists: { at: number; role: string | null; countries: { country: string; start: number; end: number }[] }[] = [];
  for (const m of execAll(HEAD, text)) {
    const head = m[1];
    if (!head) continue;
    const role = SINGULAR.get(head.toLowerCase().replace(/\s+/gu, ' ')) ?? null;
    lists.push({ at: m.index, role, countries: countryList(text, m.index + m[0].length) });
  }
  if (/[Пп]осл|[Мм]ин/u.test(text))
    for (const m of execAll(SLAVIC_HEAD, text))
      lists.push({
        at: m.index,
        role: /^[Пп]осл/u.test(m[0])
          ? 'посол'
          : /^[Мм]инистр/u.test(m[0])
            ? 'министр иностранных дел'
            : 'міністр закордонних справ',
        countries: genitiveList(text, m.index + m[0].length),
      });
  for (const { at, role, countries } of lists) {
    if (countries.length < 2) continue;
    const ends = countries.map((c) => c.end);
    const end = ends[ends.length - 1] ?? at;
    if (!free(at, end) || GENERAL.test(text.slice(end, end + 12))) continue;
    if (!inMeetingSentence(text, at) && !afterMeetingSentence(text, at)) continue;
    if (NAMED_AFTER.test(text.slice(end, end + 80)) || EARLIER.test(text.slice(Math.max(0, at - 16), at))) continue;
    // Each country once: "the ambassadors of France and France" is a slip, not two envoys.
    const seen = new Set<string>();
    countries.forEach((c, i) => {
      if (seen.has(c.country)) return;
      seen.add(c.country);
      // The first holder's mention starts at the office, so the office is read once, with the list.
      const index = i === 0 ? at : c.start;
      const stop = ends[i] ?? c.start;
      out.push([
        {
          index,
          surface: text.slice(index, stop),
          name: null,
          role,
          country: c.country,
          kind: 'role',
          how: 'named only by a plural office and the country',
          officeList: at,
        },
        stop,
      ]);
    });
  }
  return out;
}
