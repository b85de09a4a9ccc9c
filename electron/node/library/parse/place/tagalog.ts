// Tagalog (asia28) says where with "sa" before the place: "Sa courtesy call sa Malacañang, …",
// "nagpulong sa Palasyo ng Malakanyang", "sa Study Room sa Malacañang" (the room, then the palace),
// "sa BBM headquarters, sa Mandaluyong City". "sa" also marks whom and what ("nakipagpulong sa
// embahador", "makipagtulungan sa Vietnam", "sa Pilipinas"), so a country, a title or a lower-case
// word after it is no place; of a room and the building or city named right after it, the latter.

import { normalizeCountry } from '../../../../shared/countries.ts';

/** Tagalog function words: the sentence is in Tagalog (or Taglish). */
const TAGALOG = /(?<![\p{L}])(?:ang|ng|mga|ay|kay|nina|kina)(?![\p{L}])/u;

/** "sa X", X one to three capitalised words; "Palasyo ng X" is X's palace. */
const SA_PLACE = /(?<![\p{L}])[Ss]a (?:Palasyo(?:ng| ng) )?(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,2})(?![\p{L}])/gu;

/** Titles and words that follow "sa" and are people or things, not places. */
const NOT_PLACE =
  /^(?:Pangulo|Pangulong|Pang|Kalihim|Presidente|President|Embahador|Ambassador|Senador|Secretary|Minister|Prime|Foreign|Department|Kagawaran|Estados Unidos|Amerika|United|Electronic|Facebook|Twitter|X)(?![\p{L}])/u;

export function tagalogPlace(sentence: string): string | null {
  if (!TAGALOG.test(sentence) && !/(?<![\p{L}])sa(?![\p{L}])/u.test(sentence)) return null;
  const found = [...sentence.matchAll(SA_PLACE)].filter((m) => {
    const name = m[1] ?? '';
    return !NOT_PLACE.test(name) && normalizeCountry(name) === null && !/(?:ian|ese|ish)$/u.test(name);
  });
  const first = found[0];
  if (!first) return null;
  // "sa Study Room sa Malacañang", "sa BBM headquarters, sa Mandaluyong City": the place the room is in.
  const end = (first.index ?? 0) + first[0].length;
  const next = found[1];
  if (next && (next.index ?? 0) - end <= 20) return next[1] ?? null;
  return first[1] ?? null;
}
