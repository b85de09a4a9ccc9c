// A local head or an envoy named after the place they hold or are posted to, where the place is no
// country the title rules know: "Governor of Maharashtra Bhagat Singh Koshyari", "Mayor of Male’ City
// Shifa Mohammed", "Mayor of Derry City and Strabane District Maolíosa McHugh", "Indian Ambassador in
// Sudan Amrit Lugun", "Secretary-General of the Caribbean Community (CARICOM) Dr. Carla Natalie Barnett";
// and offices over a posting or remit that goes on: "Vice Consul to Guadalajara Martha Mejia Castañeda",
// "Deputy Chief of Mission at the US Embassy in the USSR James Collins", "Minister of Justice and Courts
// Administration Faaolesa Katopau T. Ainuu".
// Where the place ends is told by a country, a place's or a body's noun (capitalised or not: "Kotayk
// province"), a bracketed acronym, a form
// of address, or a capital; else the place is one word and the name two or three.

import { countryAt } from '../../../../shared/countries.ts';
import { isCapitalName } from '../capitals.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

/**
 * Offices held over a place or a remit, or envoys posted to one, then "of"/"in"/"to"/"at" (and "the"):
 * "Vice Consul to Guadalajara …", "Deputy Chief of Mission at the US Embassy in …", "Minister of
 * Justice and Courts Administration …".
 */
const PLACE_OFFICE =
  /(?<![\p{L}])((?:Lieutenant |Deputy |Vice[- ])?Governor|(?:Lord |Deputy |Vice[- ])?Mayor|Premier|Chief Minister|Minister|Ambassador(?: Extraordinary and Plenipotentiary)?|High Commissioner|(?:Vice[- ])?Consul(?:[- ]General)?|Deputy Chief of Mission|Secretary[- ]General|counterpart) (of|in|to|at) (?:the )?(?=\p{Lu})/gu;
/**
 * A place or remit goes on after the first: "City of London in the United Kingdom", "Republic of Cuba
 * to Mongolia", "US Embassy in the USSR", and a second office of the same person, "Ambassador to
 * Bahrain and Dean of the Diplomatic Corps".
 */
const PLACE_GOES_ON = /^ (?:(?:in|to|of|at)|and (?:\p{Lu}\p{Ll}+ ){1,2}of) (?:the )?(?=\p{Lu})/u;

/** A capitalised word of the place, or a word that joins two ("Trinidad and Tobago", "Derry City and Strabane District"). */
const TOKEN = /^(?:\p{Lu}[\p{L}\p{M}’'.-]*|and|of)(?= |$)/u;
/** Nouns that end a place's or a body's name. */
const PLACE_NOUN =
  /^(?:City|District|Province|State|County|Region|Prefecture|Municipality|Territory|Borough|Nations|Union|Community|Organization|Organisation|Council|Commission|Secretariat|Forum|Embassy|Administration|Corps)$/u;
const ACRONYM = /^ \(\p{Lu}{2,10}\)/u;
/** The same nouns written small after the place's name: "Governor of Kotayk province Aharon Sahakyan". */
const SMALL_PLACE_NOUN =
  /^ (?:province|region|county|district|state|city|municipality|prefecture|oblast|governorate|territory|department)(?= \p{Lu})/u;
const MISSION = /^ (?:Embassy|High Commission|Consulate(?: General)?|Permanent Mission)(?![\p{L}])/u;
const LONG_FORM = /^(?:\p{Lu}\p{Ll}+ ){0,3}(?:Republic|Kingdom|State|Federation|Sultanate|Emirate|Principality) of (?:the )?/u;
const COURTESY = /^ (?:Dr|Mr|Mrs|Ms|Prof|H\.\s?E)\.?(?= )/u;

/** Where the place after `at` ends (before the space that opens the name), or null when it cannot be told. */
function placeEnd(text: string, at: number): { end: number; surely: boolean; place: string; country: string | null } | null {
  // A state's long form before its name: "the Republic of Cuba", "the Federal Republic of Germany".
  const state = LONG_FORM.exec(text.slice(at, at + 60))?.[0].length ?? 0;
  const country = countryAt(text, at + state);
  if (country) {
    // "the US Embassy in …": the country's mission, not the country, is where the office is held.
    const mission = MISSION.exec(text.slice(country.end, country.end + 24))?.[0].length ?? 0;
    const acronym = ACRONYM.exec(text.slice(country.end + mission, country.end + mission + 14));
    const end = country.end + mission + (acronym?.[0].length ?? 0);
    return { end, surely: true, place: text.slice(at, country.end), country: country.country };
  }
  // Up to eight words of the place and the name, with where each ends.
  const words: { word: string; end: number }[] = [];
  let pos = at;
  while (words.length < 8) {
    const m = TOKEN.exec(text.slice(pos, pos + 40));
    if (!m) break;
    words.push({ word: m[0], end: pos + m[0].length });
    const acronym = ACRONYM.exec(text.slice(pos + m[0].length, pos + m[0].length + 14));
    // "(CARICOM)", "Dr.": the place has ended.
    if (acronym)
      return {
        end: pos + m[0].length + acronym[0].length,
        surely: true,
        place: text.slice(at, pos + m[0].length),
        country: null,
      };
    const small = SMALL_PLACE_NOUN.exec(text.slice(pos + m[0].length, pos + m[0].length + 16));
    if (small && m[0] !== 'and' && m[0] !== 'of')
      return {
        end: pos + m[0].length + small[0].length,
        surely: true,
        place: text.slice(at, pos + m[0].length + small[0].length),
        country: null,
      };
    if (COURTESY.test(text.slice(pos + m[0].length, pos + m[0].length + 6)))
      return { end: pos + m[0].length, surely: true, place: text.slice(at, pos + m[0].length), country: null };
    if (text[pos + m[0].length] !== ' ') break;
    pos += m[0].length + 1;
  }
  const noun = words.findLastIndex((w) => PLACE_NOUN.test(w.word));
  if (noun >= 0) {
    const end = words[noun]?.end ?? at;
    return { end, surely: true, place: text.slice(at, end), country: null };
  }
  // No joining word: "Maharashtra Bhagat Singh Koshyari", "New Delhi Narendra Modi" (a capital of two words).
  // Only within the place and a name of three words: "Guadalajara Martha Mejia Castañeda and …" is read.
  if (words.slice(0, 4).some((w) => w.word === 'and' || w.word === 'of')) return null;
  const two = words[1] && isCapitalName(`${words[0]?.word} ${words[1].word}`) ? words[1] : null;
  const place = two ?? words[0];
  if (!place) return null;
  return { end: place.end, surely: false, place: text.slice(at, place.end), country: null };
}

type Place = NonNullable<ReturnType<typeof placeEnd>>;

/** The name right after the place, where it can be told from it. */
function placeAndName(text: string, place: Place): { name: NonNullable<ReturnType<typeof readName>>; place: Place } | null {
  const name = readName(text, place.end);
  if (!name) return null;
  // Particles are not counted: "Martin Camarena de Obeso" is a name of three words.
  const words = name.name.split(' ').filter((w) => /^\p{Lu}/u.test(w)).length;
  // Where only position tells the place from the name, the name is two or three words and the sentence goes on after it.
  if (words < 2 || (!place.surely && (words > 3 || !/^(?: \p{Ll}|[,.;:]|$)/u.test(text.slice(name.end, name.end + 2)))))
    return null;
  return { name, place };
}

/** The place read on where it goes on ("… of London in the United Kingdom William Russell"), then the name after it. */
function goesOn(text: string, first: Place): ReturnType<typeof placeAndName> {
  let place = first;
  for (let i = 0; i < 3; i++) {
    const on = PLACE_GOES_ON.exec(text.slice(place.end, place.end + 40));
    if (!on) return null;
    const next = placeEnd(text, place.end + on[0].length);
    if (!next) return null;
    place = { ...next, country: place.country ?? next.country };
    const found = placeAndName(text, place);
    if (found) return found;
  }
  return null;
}

export function englishPlaceMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  PLACE_OFFICE.lastIndex = 0;
  for (let m = PLACE_OFFICE.exec(text); m; m = PLACE_OFFICE.exec(text)) {
    const at = m.index + m[0].length;
    const first = placeEnd(text, at);
    if (!first) continue;
    const found = placeAndName(text, first) ?? goesOn(text, first);
    if (!found) continue;
    const { name, place } = found;
    // The title may be read already ("Indian Ambassador" alone): the name must not be.
    if (!free(place.end, name.end)) continue;
    const office = m[1] ?? '';
    const envoy = /Ambassador|Commissioner|Consul|counterpart/u.test(office);
    out.push(
      namedMention(text, m.index, name.end, {
        name: name.name,
        ...(name.alias ? { alias: name.alias } : {}),
        role: envoy ? office : text.slice(m.index, place.end),
        // A governor or a mayor of a country is that country's; an envoy posted there is not, one "of" it is.
        country: envoy && m[2] !== 'of' ? null : place.country,
        possessive: name.possessive,
        how: 'named after the office and the place it is held over or posted to',
      }),
    );
  }
  return out;
}
