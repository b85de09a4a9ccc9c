// Hungarian writes the name before the office, and declines only the last word of the phrase: "Botka László
// polgármester és Nagy Sándor alpolgármester fogadta", "Orbán Viktor miniszterelnök fogadta Olaf Scholz német
// kancellárt" (the name stays as written; the office carries the case). An office owned by a place or a body takes
// the possessive ending ("Kassa polgármestere", "Németország budapesti nagykövete"): the capitalised words before it
// are the owner, and the holder stands beside it, set off by a comma ("Julia Gross, Németország budapesti nagykövete";
// "Kassa polgármestere, Jaroslav Polaček"). Each reading is the language's grammar, with its everyday offices.

import { adjectiveCountry, countryAt, isCountryWord } from '../../../../shared/countries.ts';
import { fold } from '../text.ts';
import { namedMention } from './named-mention.ts';
import { NOT_NAMES } from './names.ts';
import type { Mention } from './types.ts';

/** Only Hungarian writes "ő" and "ű", "és" (and) between words, or these offices ("konzul", "rektor" are its neighbours' too). */
const GATE =
  /[őűŐŰ]| és |polgármester|nagykövet|miniszter|államtitkár|elnök|kancellár|dékán|munkatárs|tanácsos|titkár|kormányzó/u;

/**
 * The everyday offices of a town, a county, a state and a mission, each the head of its compounds ("alpolgármester",
 * "főpolgármester", "külügyminiszter", "főkonzul", "alelnök", "kormánybiztos"): the compound's first part is lower case.
 */
const OFFICE =
  '\\p{Ll}*(?:polgármester|nagykövet|konzul|miniszterelnök|miniszter|államtitkár|elnök|kancellár|rektor|dékán|jegyző|biztos|képviselő|igazgató|vezető|főispán|ügyvivő|kormányfő|államfő|munkatárs|tanácsos|attasé|nuncius|érsek|püspök|királynő|király|szóvivő|titkár|kormányzó)(?:-helyettes)?';

/** The office with no owner, in any case but the plural: "kancellárt", "polgármesterrel", "nagykövettel", "jegyzővel". */
const BARE_CASE = '(?:\\p{Ll}?[ae]l|[aeoö]?t|n[ae]k|n[áé]l|h[oeö]z|t[óő]l|r[óő]l|ként|[ée]rt)?';
/** The office owned, in the nominative: "polgármestere", "konzulja", "jegyzője", "vezetője". */
const OWNED = '(?:j?[ae])';

const CAP = "\\p{Lu}[\\p{Ll}\\p{M}’'-]+";
/** Two or three capitalised words: a Hungarian family and given name ("Papp Tibor Gyula") or a foreign name in its own order. */
const NAME = `(${CAP}(?: ${CAP}){1,2})`;

/** A name, up to three lowercase words (a nationality, a town's adjective, "és"), then the office with no owner. */
const NAME_OFFICE = new RegExp(
  `(?<![\\p{L}\\p{M}’'.-])${NAME} ((?:\\p{Ll}+ ){0,3}?)(${OFFICE}${BARE_CASE})(?![\\p{L}\\p{M}-])`,
  'gu',
);
/** A name, a comma, then an office owned by a place or a body: "Julia Gross, Németország budapesti nagykövete". */
const NAME_COMMA_OWNED = new RegExp(
  `(?<![\\p{L}\\p{M}’'.-])${NAME}, ((?:az? )?(?:[\\p{L}\\p{M}’'-]+ ){0,5}?${OFFICE}${OWNED})(?![\\p{L}\\p{M}-])`,
  'gu',
);
/** An office owned by a place or a body, a comma, then its holder: "Kassa polgármestere, Jaroslav Polaček". */
const OWNED_COMMA_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}’'-])((?:${CAP} ){1,3}(?:\\p{Ll}+ ){0,2}?${OFFICE}${OWNED}), ${NAME}(?=[\\s,.;:(]|$)`,
  'gu',
);

/** A word closed by a case ending, which a sentence may open with: "Szerdán", "Szegeden", "Budapestre", "Tegnap". */
const CASED_OPENING = /(?:[aeoöáé]n|ban|ben|ra|re|ról|ről|ból|ből|ba|be|nál|nél|hoz|hez|höz|tól|től|kor|ig|nap)$/u;

/** The words read as a name, or null when one of them is no name's ("Magyarország", a day, an office). */
function nameOf(text: string, at: number, written: string): { at: number; name: string } | null {
  let words = written.split(' ');
  let start = at;
  // At a sentence's start, three capitalised words may be an adverb of place or time and a name ("Szegeden Botka László").
  const opening = /(?:^|[.!?]\s+|\n)$/u.test(text.slice(Math.max(0, at - 3), at));
  if (words.length === 3 && opening && CASED_OPENING.test(words[0] ?? '')) {
    start += (words[0]?.length ?? 0) + 1;
    words = words.slice(1);
  }
  if (words.some((w) => NOT_NAMES.has(fold(w), w) || isCountryWord(w) || new RegExp(`^${OFFICE}`, 'iu').test(w))) return null;
  return { at: start, name: words.join(' ') };
}

/** The country the office's words name: a country ("Németország"), or a nationality ("német nagykövet"). */
function countryIn(role: string): string | null {
  for (const m of role.matchAll(/\p{L}+/gu)) {
    const c = /^\p{Lu}/u.test(m[0]) ? countryAt(role, m.index)?.country : adjectiveCountry('hu', m[0]);
    if (c) return c;
  }
  return null;
}

/**
 * Words between a name and its office qualify the office, "and" joins two: an adjective of place in -i ("budapesti",
 * "amerikai", "megyei"), a nationality that has no -i ("orosz", "német", "francia"), "rendkívüli és meghatalmazott", "volt".
 */
const QUALIFIER =
  /^(?:\p{Ll}+i|és|volt|új|megbízott|meghatalmazott|leendő|német|orosz|francia|angol|olasz|spanyol|lengyel|cseh|szlovák|román|ukrán|osztrák|svéd|norvég|dán|finn|görög|török|horvát|szerb|szlovén|brit|holland|belga|portugál|japán|magyar|bolgár|észt|lett|litván|ír|svájci)$/u;
const qualifies = (word: string): boolean => QUALIFIER.test(word) || adjectiveCountry('hu', word) !== null;

export function hungarianMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const out: [Mention, number][] = [];
  const add = (start: number, end: number, name: string, role: string): void => {
    if (!free(start, end) || out.some(([m, e]) => start < e && end > m.index)) return;
    out.push(namedMention(text, start, end, { name, role, country: countryIn(role), how: 'named, then given a title' }));
  };
  for (const m of text.matchAll(NAME_OFFICE)) {
    if (!(m[2] ?? '').split(' ').filter(Boolean).every(qualifies)) continue;
    const name = nameOf(text, m.index, m[1] ?? '');
    // The office as a desk officer files it, in the nominative: "német kancellár", not "kancellárt".
    const office = new RegExp(`^${OFFICE}`, 'u').exec(m[3] ?? '')?.[0] ?? m[3] ?? '';
    if (name) add(name.at, m.index + m[0].length, name.name, `${m[2] ?? ''}${office}`.trim());
  }
  for (const m of text.matchAll(NAME_COMMA_OWNED)) {
    const name = nameOf(text, m.index, m[1] ?? '');
    if (name) add(name.at, m.index + m[0].length, name.name, (m[2] ?? '').replace(/^az? /u, ''));
  }
  for (const m of text.matchAll(OWNED_COMMA_NAME)) {
    const at = m.index + (m[1]?.length ?? 0) + 2;
    const name = nameOf(text, at, m[2] ?? '');
    if (name) add(m.index, at + (m[2]?.length ?? 0), name.name, m[1] ?? '');
  }
  return out;
}
