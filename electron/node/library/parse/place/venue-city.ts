// A venue read without its city: "held at the Presidential Palace" in a lead that says "in Luanda",
// "à la Primature à Nouakchott", "New Delhi: … talks at the Hyderabad House". A desk officer files
// the venue with its city ("Presidential Palace, Luanda"); the city comes from the words right after
// the venue, else (for a venue the text says the meeting was held at) from where the lead says the
// meeting was, or the lead's own dateline.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { COLON_DATELINE, LABELS } from './dateline.ts';
import { AFTER_PLACE, CAPS_DATELINE, IN_PLACE, NOT_PLACES, PLACE, ROMANCE_PLACE, titleCase } from './latin.ts';
import { firstPlace, type PlaceReading } from './reading.ts';

/** The city right after a venue: "Primature à Nouakchott,", "Shangri-la Hotel in Qingdao". */
const CITY_NEXT = new RegExp(`^\\s+(?:à|in|en|em)\\s+(${PLACE})${AFTER_PLACE}`, 'u');
/** "in Luanda accredited …", "took place in Nairobi.": the city a meeting sentence names, whatever follows it. */
const IN_CITY = /(?<![\p{L}])(?:[Ii]n|à|en|em) (\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+)?)(?=\s|[,.;:]|$)/gu;

/** A dateline in capitals with its country, as wire copy writes it: "CEBU CITY, Philippines – …". */
const CAPS_CITY_COUNTRY = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}), (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\s*[-–—]\s/u;

const isCity = (name: string | undefined, venue: string): name is string =>
  !!name &&
  !NOT_PLACES.test(name) &&
  !LABELS.test(name) &&
  normalizeCountry(name) === null &&
  !venue.toLowerCase().includes(name.toLowerCase());

/**
 * The city the lead names for the meeting: "in X" in the venue's own sentence, "met … in X on" in another
 * meeting sentence, else the dateline opening the lead ("New Delhi: …"). Cities other sentences name
 * after "à", "en" or "em" are often another event's ("qui se rend prochainement à Prague").
 */
function leadCity(lead: string[], meeting: string[], venue: string): string | null {
  const own = meeting.find((t) => t.includes(venue)) ?? '';
  for (const m of own.matchAll(IN_CITY)) {
    const name = m[1]?.replace(/[.’']+$/, '');
    if (isCity(name, venue)) return name;
  }
  // A fresh copy: the shared pattern's lastIndex is other rules' business.
  const inPlace = new RegExp(IN_PLACE.source, 'gu');
  for (const text of meeting)
    for (const m of text.matchAll(inPlace)) {
      const name = m[1]?.trim().replace(/[.’']+$/, '');
      if (isCity(name, venue)) return name;
    }
  // "recibió este miércoles en Rawson …": the city a Spanish, French or Portuguese meeting sentence names.
  for (const text of meeting) {
    const romance = firstPlace(ROMANCE_PLACE, [text]);
    if (isCity(romance ?? undefined, venue)) return romance;
  }
  for (const text of lead.slice(0, 3)) {
    const colon = COLON_DATELINE.exec(text)?.[1];
    if (isCity(colon, venue)) return colon;
    const caps = CAPS_DATELINE.exec(text.trim());
    const withCountry = CAPS_CITY_COUNTRY.exec(text.trim());
    const city = caps
      ? titleCase(caps[1] ?? caps[2] ?? '')
      : withCountry && normalizeCountry(withCountry[2] ?? '') !== null
        ? titleCase(withCountry[1] ?? '')
        : undefined;
    if (isCity(city, venue)) return city;
  }
  return null;
}

/** The reading with the venue's city added when the text names it; as it was otherwise. */
export function withCity(found: PlaceReading | null, lead: string[], meeting: string[]): PlaceReading | null {
  if (!found || found.place.includes(',') || normalizeCountry(found.place) !== null) return found;
  for (const text of meeting) {
    const at = text.indexOf(found.place);
    if (at < 0) continue;
    const next = CITY_NEXT.exec(text.slice(at + found.place.length))?.[1]?.replace(/[.’']+$/, '');
    if (isCity(next, found.place)) return { ...found, place: `${found.place}, ${next}`, why: `${found.why}, in '${next}'` };
    break;
  }
  // Only a venue the text says the meeting was held at, and not one that names its city ("Mission in New York").
  if (!found.why.includes('was held at') || / (?:in|à|en|em) \p{Lu}/u.test(found.place)) return found;
  const city = leadCity(lead, meeting, found.place);
  return city
    ? { ...found, place: `${found.place}, ${city}`, why: `${found.why}, in '${city}' where the lead says they met` }
    : found;
}
