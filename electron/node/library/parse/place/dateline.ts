// When the lead does not say where they met: the place and date line over a readout, the headline's
// place, then the city a story was filed from (a dateline with a colon, in capitals, in ordinary case,
// with a country in brackets), each less sure, and last a country someone was said to be in.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { READ_ALWAYS } from '../dates/forms.ts';
import { MEETING } from '../dates/meeting.ts';
import { openingDatelineCity } from './dateline-forms.ts';
import { CAPS_DATELINE, IN_COUNTRY, NOT_PLACES, placeOverDate, ROMANCE_MEETING, TITLE_IN, titleCase } from './latin.ts';
import { mixedDatelineCity } from './lead.ts';
import { firstPlace, type PlaceOptions, type PlaceReading, reading } from './reading.ts';

/** Spanish and Portuguese datelines: "Lima (Perú), (jun. 26/14)." */
// Not a news agency's tag ("Phnom Penh (FN), May 19"): the city a story was filed from.
const PAREN_DATELINE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) \((\p{Lu}\p{Ll}[^)]{0,20})\),/u;
/** "Abu Dhabi: Sheikh Abdullah … received": a city and a colon opening a report of a meeting. */
export const COLON_DATELINE = new RegExp(
  `^(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}):\\s+\\p{Lu}(?=.*(?:${MEETING.source}))`,
  'u',
);
/**
 * Labels that open a line with a colon and are not places, and a press office's credit over the story, often in capitals
 * ("ASSESSORIA DE IMPRENSA – PREFEITURA DE …", "Oficina de Prensa", "Pressestelle", "Ufficio stampa").
 */
export const LABELS =
  /^(?:Photo|Caption|Video|Note|Update|Updated|Source|Read|Watch|Listen|Also|Related|Editor|Breaking|Exclusive|Opinion|Analysis|Ảnh|Nguồn|Foto|Sumber|Quelle|Fuente|Press\s+Office|Assessoria|Oficina\s+de\s+Prensa|Gabinete\s+de\s+(?:Imprensa|Prensa|Comunicação|Comunicación)|Pressestelle|Service\s+de\s+presse|Ufficio\s+stampa)\b/iu;
/** A headline's word of meeting in Romance languages, beside MEETING. */
const TITLE_ROMANCE = new RegExp(`(?:${ROMANCE_MEETING})`, 'iu');
/**
 * Where a headline's word of meeting starts, in the languages the lead's own rules read: the first of MEETING's and
 * TITLE_ROMANCE's, as one pattern `(?:MEETING)|(?:ROMANCE)` would find it, without compiling MEETING a second time.
 */
function titleMeetingAt(title: string): number {
  const word = MEETING.exec(title)?.index ?? -1;
  const romance = TITLE_ROMANCE.exec(title)?.index ?? -1;
  return word === -1 || (romance !== -1 && romance < word) ? romance : word;
}

/** The place the record's datelines and headline give, for a lead that names none; `meeting`: its sentences that report the meeting. */
export function datelinePlace(lead: string[], meeting: string[], opts: PlaceOptions): PlaceReading | null {
  const over = placeOverDate(opts.head ?? [], opts.dates ?? READ_ALWAYS);
  if (over) return reading(over, 0.65, `the place and date line heading the readout ('${over}')`);
  const word = titleMeetingAt(opts.title ?? '');
  const headline = word !== -1 ? firstPlace(TITLE_IN, [(opts.title ?? '').slice(word)]) : null;
  if (headline) return reading(headline, 0.6, `the headline says the meeting was in '${headline}'`);
  const colon = lead
    .slice(0, 3)
    .map((t) => COLON_DATELINE.exec(t)?.[1])
    .find((x) => x && !NOT_PLACES.test(x) && !LABELS.test(x));
  if (colon)
    return reading(
      colon,
      0.5,
      `the dateline opening the text ('${colon}'): where the story was filed, perhaps not where they met`,
    );
  // Only over a report of a meeting: a briefing's or a feature's dateline is no meeting place.
  // A line of capitals alone ("SUVA") is a dateline only above the prose: after it, a menu's heading ("EXPLORE").
  const prose = lead.findIndex((t) => (t.match(/\S+/g) ?? []).length >= 12);
  const caps = lead
    .slice(0, 4)
    .map((t) => CAPS_DATELINE.exec(t.trim()))
    .map((m, i) => m?.[1] ?? (prose === -1 || i <= prose ? m?.[2] : undefined))
    .find((x) => x && meeting.length > 0 && !LABELS.test(x) && !NOT_PLACES.test(titleCase(x)));
  if (caps) return reading(titleCase(caps), 0.5, `the dateline in capitals opening the text ('${caps}')`);
  const mixed =
    meeting.length > 0
      ? mixedDatelineCity(lead, (x) => !LABELS.test(x) && !NOT_PLACES.test(x) && normalizeCountry(x) === null)
      : null;
  if (mixed) return reading(mixed, 0.5, `the dateline opening the text ('${mixed}')`);
  const opening =
    meeting.length > 0
      ? openingDatelineCity(lead, (x) => !LABELS.test(x) && !NOT_PLACES.test(x) && normalizeCountry(x) === null)
      : null;
  if (opening) return reading(opening, 0.5, `the dateline opening the text ('${opening}')`);
  const paren = lead.map((t) => PAREN_DATELINE.exec(t)?.[1]).find((x) => x);
  if (paren) return reading(paren, 0.55, `the dateline opening the text ('${paren}')`);
  if (opts.dateline)
    return reading(
      opts.dateline,
      0.5,
      `only the dateline names a city ('${opts.dateline}'): where the story was filed, perhaps not where they met`,
    );
  for (const text of meeting) {
    const m = IN_COUNTRY.exec(text);
    if (m?.[1] && !NOT_PLACES.test(m[1])) return reading(m[1], 0.5, `the text says someone was in '${m[1].trim()}'`);
  }
  return null;
}
