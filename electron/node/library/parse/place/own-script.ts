// Where a meeting sentence in a script of its own says they met: Korean, Vietnamese, Chinese, Thai, Persian,
// Arabic, Hindi, Tagalog, Japanese, then Russian and Ukrainian with their cases put back in the nominative.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { PERSIAN_LETTER } from '../dates/words-persian.ts';
import {
  ARABIC_IN,
  chinesePlace,
  JAPANESE_AT,
  JAPANESE_CITY,
  JAPANESE_VENUE,
  KOREAN_EVENT,
  KOREAN_PLACE,
  koreanPlace,
  THAI_AT,
  vietnameseAt,
} from './asian.ts';
import { hindiPlace } from './hindi.ts';
import { CYRILLIC_PLACE, NOT_PLACES } from './latin.ts';
import { persianPlace } from './persian.ts';
import { postedBefore } from './posted.ts';
import { type PlaceReading, reading } from './reading.ts';
import { russianNominative } from './russian.ts';
import { tagalogPlace } from './tagalog.ts';
import { UKRAINIAN_LETTERS, ukrainianNominative } from './ukrainian.ts';

/** A meeting sentence in Korean, Vietnamese, Japanese, Chinese, Thai or Cyrillic: where it says they met. */
export function placeInOwnScript(sentence: string, lead: string[]): PlaceReading | null {
  const said = (p: string): PlaceReading | null => reading(p, 0.75, `the text says the meeting took place in '${p}'`);
  const korean = KOREAN_PLACE.exec(sentence)?.[1];
  if (korean && !KOREAN_EVENT.test(korean)) return said(korean);
  const k =
    koreanPlace(sentence) ??
    vietnameseAt(sentence, (n) => NOT_PLACES.test(n)) ??
    chinesePlace(sentence) ??
    THAI_AT.exec(sentence)?.[1] ??
    (PERSIAN_LETTER.test(sentence) ? persianPlace(sentence) : null) ??
    ARABIC_IN.exec(sentence)?.[1] ??
    (DEVANAGARI.test(sentence) ? hindiPlace(sentence) : null) ??
    (TAGALOG_SA.test(sentence) ? tagalogPlace(sentence) : null);
  if (k) return said(k);
  const jaCity = JAPANESE_CITY.exec(sentence);
  const ja = JAPANESE_AT.exec(sentence)?.[1] ?? JAPANESE_VENUE.exec(sentence)?.[1] ?? jaCity?.[1] ?? jaCity?.[2];
  if (ja) return reading(ja, 0.7, `the text says the minister was in '${ja}'`);
  const text = lead.join('\n');
  const ukrainian = UKRAINIAN_LETTERS.test(text);
  const nominative = (p: string): string => (ukrainian ? ukrainianNominative(p, text) : russianNominative(p, text));
  const inflected = [...sentence.matchAll(new RegExp(CYRILLIC_PLACE.source, 'gu'))]
    .map((ru) => ({
      at: ru.index + ru[0].lastIndexOf(ru[1] ?? ru[2] ?? ''),
      place: ru[1] ?? countryAlone(unnamed(ru[2] ?? ''), nominative),
    }))
    .filter(({ at, place }) => !postedBefore(sentence.slice(0, at), ukrainian ? ukrainianNominative(place, text) : place))
    .filter(({ at, place }) => !ADJECTIVE_ALONE.test(place) && !SAID_IN.test(sentence.slice(0, at)))
    .map(({ place }) => place)
    .find((p) => p && !NOT_PLACES.test(p));
  if (!inflected) return null;
  const city = ukrainian ? ukrainianNominative(inflected, text) : russianNominative(inflected, text);
  return reading(city, 0.6, `the text says the meeting took place in '${inflected}'`);
}

/** An adjective without its noun ("у Кошицькому та Пряшівському краях"): the region is the noun after, no name alone. */
const ADJECTIVE_ALONE = /^\p{Lu}\p{Ll}*(?:ськ|цьк|зьк|ск|цк)(?:ому|ім|ій|ой|ом|ая|ий|ый)$/u;
/** Who said it, not where they met: "повідомили у Департаменті …", "сообщили в пресс-службе". */
const SAID_IN =
  /(?<![\p{L}])(?:повідомил\p{L}*|повідомля\p{L}*|сообщил\p{L}*|сообща\p{L}*|заявил\p{L}*|зазначил\p{L}*|отметил\p{L}*)\s+(?:у|в|во)\s+$/u;

/**
 * "в Україні Ларисою Ґаладзою": a second word in the instrumental after a noun is the name of the one met, not
 * the place's ("в Большом Кремлевском дворце" keeps both: its first word is an adjective).
 */
const unnamed = (place: string): string =>
  /^\p{Lu}\p{Ll}+(?:ом|ем|ій|ой|ей|ім|им|ым) /u.test(place)
    ? place
    : place.replace(/ \p{Lu}\p{Ll}+(?:ою|ею|єю|ом|ем|єм|им|ім|ым)$/u, '');

/**
 * "Посол України в Хорватії Олександр Левченко": a country's name is one word in the locative, so a capitalised word
 * after it is the next phrase's (here the envoy's name), not the place's.
 */
function countryAlone(place: string, nominative: (p: string) => string): string {
  const [first, ...rest] = place.split(' ');
  if (!first || rest.length === 0) return place;
  return normalizeCountry(nominative(first)) !== null ? first : place;
}

/** A Tagalog "sa" and one of its function words: the Tagalog place rule reads the sentence. */
const TAGALOG_SA = /(?<![\p{L}])[Ss]a\s(?=[\s\S]*(?<![\p{L}])(?:ang|ng|mga|ay|kay)(?![\p{L}]))/u;

/** Text in Devanagari (Hindi): its own place rules. */
export const DEVANAGARI = /\p{Script=Devanagari}/u;
