// Spanish, Portuguese, French and Italian name a city by its kind: "el encuentro tuvo lugar en la
// ciudad de Corrientes", "reuniu-se na cidade de Campinas", "reçu dans la ville de Lyon". The place is
// the name after "de"; a city named for its country ("la ciudad de México", "la ciudad de Guatemala")
// keeps its kind, which is its name.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { NOT_PLACES, PLACE, ROMANCE_MEETING } from './latin.ts';

/** A cheap test before the full pattern: the word for a city. */
const CITY_WORD = /(?<![\p{L}])(?:ciudad|cidade|ville|città)(?![\p{L}])/iu;

const CITY_OF_KIND = new RegExp(
  `(?<![\\p{L}])(?:${ROMANCE_MEETING})[^.;]{0,80}?\\s(?:en la|na|dans la|nella)\\s([Cc]iudad|[Cc]idade|ville|città)\\s(?:de|di|do|da)\\s(${PLACE})(?=\\s|[,.;:(]|$)`,
  'u',
);

/** The city a sentence of meeting names by its kind, in the first sentence that does. */
export function romanceCityOf(meeting: string[]): string | null {
  for (const text of meeting) {
    if (!CITY_WORD.test(text)) continue;
    const m = CITY_OF_KIND.exec(text);
    const name = m?.[2];
    if (!m || !name || NOT_PLACES.test(name)) continue;
    return normalizeCountry(name) === null ? name : `${m[1]} de ${name}`;
  }
  return null;
}
