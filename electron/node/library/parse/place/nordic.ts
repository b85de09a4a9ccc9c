// Swedish, Danish and Norwegian say where a meeting was with "i" for a city and "på" for a palace
// or a residence: "träffade … i Stockholm", "møtte … i Beijing tirsdag", "et møde på Marienborg",
// "tog imod … på Fredensborg Slot", "företräde på Kungl. Slottet"; or name the city visited
// ("besökte Kiev på onsdagen"). place.ts asks it of the sentences that report the meeting.

import { compiledEarly } from '../compiled-early.ts';
import { NORDIC_MEETING } from '../dates/words-nordic.ts';
import { NOT_PLACES } from './latin.ts';

/** A Nordic sentence, by its short words or its verb of meeting: "i" and "på" are read only in one (Italian "i" is an article). */
const NORDIC = compiledEarly(
  new RegExp(
    `(?<![\\p{L}])(?:och|att|är|inte|på|og|ikke|ikkje|af|av|til|till|med|som|har|det|hadde|hade|havde|ble|blev|efter|etter)(?![\\p{L}])|${NORDIC_MEETING}`,
    'iu',
  ),
);

/** A place: capitalised words, a palace's "Slot"/"slottet" after them, "Kungl." before; never across a sentence's stop. */
const NAME = String.raw`(?:Kungl\. )?\p{Lu}[\p{Ll}’'-][\p{L}’'-]*(?: (?:[Ss]lott?(?:et)?|\p{Lu}[\p{L}’'-]*)){0,2}`;

/** Not where they met: the war or the post the place belongs to ("krigen i Ukraina", "flertallet i Stortinget", "ambassadør i Danmark"). */
const NOT_BEFORE =
  '(?:krig|kriget|krigen|flertallet|flertalet|majoriteten|situationen|situasjonen|konflikten|utvecklingen|utviklingen|udviklingen|valet|valget|ambassadör|ambassadøren|ambassadør|ambassadören|bosatt|bosat|född|født|boende)';

const AT = new RegExp(`(?<![\\p{L}])(?<!${NOT_BEFORE} )(?:[Ii]|[Pp]å) (${NAME})(?![\\p{L}’'-])`, 'gu');
/** "besökte Kiev", "besøkte Beijing", "besøgte Paris": the city visited. */
const VISITED = new RegExp(
  `(?<![\\p{L}])(?:besökte|besøkte|besøgte|anlände till|ankom til|kom til) (${NAME})(?![\\p{L}’'-])`,
  'u',
);

/** A genitive before a noun ("i Folkets store hall"): the name of the hall follows, not a place. */
const GENITIVE_NOUN = /s$/u;

/** The first place a Nordic meeting sentence names; null when none does. */
export function nordicPlace(sentences: string[]): string | null {
  for (const s of sentences) {
    if (!NORDIC.test(s)) continue;
    for (const m of s.matchAll(AT)) {
      const name = m[1] ?? '';
      const after = s.slice((m.index ?? 0) + m[0].length);
      if (NOT_PLACES.test(name)) continue;
      if (GENITIVE_NOUN.test(name) && /^ \p{Ll}/u.test(after)) continue;
      return name;
    }
    const v = VISITED.exec(s)?.[1];
    if (v && !NOT_PLACES.test(v)) return v;
  }
  return null;
}
