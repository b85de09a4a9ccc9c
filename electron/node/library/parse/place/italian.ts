// Italian names the venue of a meeting with an articled preposition: "ricevuto alla Farnesina", "colloquio
// al Quirinale", "a Palazzo Chigi", "nella sede di Palazzo Margherita". place.ts asks it of the sentences
// that report the meeting, before the Romance "a Roma" (which ROMANCE_PLACE reads).

import { NOT_PLACES } from './latin.ts';

/** An Italian sentence, by its short words (Spanish and Portuguese write none of these). */
const ITALIAN = /(?<![\p{L}])(?:il|della|degli|dello|delle|è|ha|hanno|che|gli|nel|nella)(?![\p{L}])/u;

/** The seats of state Italian names alone, and the kinds of building a name follows ("Palazzo Margherita", "Villa Madama"). */
const VENUE = String.raw`(?:Quirinale|Farnesina|Viminale|Campidoglio|Montecitorio|Palazzo(?:\s+(?:\p{Lu}[\p{L}’']+|dei?|della|del))*\s+\p{Lu}[\p{L}’']+|Villa\s+\p{Lu}[\p{L}’']+|Castel(?:lo)?\s+\p{Lu}[\p{L}’']+)`;
const AT = new RegExp(`(?<![\\p{L}])(?:a|al|alla|nel|nella|presso\\s+(?:il|la|l['’])?)\\s*(${VENUE})(?![\\p{L}])`, 'u');

/** The first venue an Italian meeting sentence names; null when none does. */
export function italianVenue(sentences: string[]): string | null {
  for (const s of sentences) {
    if (!ITALIAN.test(s)) continue;
    const v = AT.exec(s)?.[1];
    if (v && !NOT_PLACES.test(v)) return v;
  }
  return null;
}
