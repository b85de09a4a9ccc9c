// Polish, Czech, Slovak, Croatian and Serbian say where a meeting was with a preposition and the
// place in the locative: "w Nowym Jorku", "w Rzeszowie", "v Brně", "ve Štiříně", "v Minsku",
// "vo Washingtone", "u Beogradu". The place is filed under its own name, so the case ending is
// undone where the ending says how: "-u" after a consonant drops ("Minsku", "Zagrebu", "Jorku"),
// Polish "-owie" is "-ów" ("Krakowie"), "-wie" "-wa" ("Warszawie"), "-nie" "-n" ("Berlinie"), an
// adjective's "-ym" "-y" ("Nowym"); Czech "-íně"/"-ýně" "-ín"/"-ýn" ("Štiříně", "Londýně"), "-vě"
// "-va" ("Moskvě"); Slovak "-ne" "-n" ("Washingtone"). A few cities decline past these rules
// ("v Praze", "v Brně", "ve Vídni"): a short table. A form no rule undoes is not guessed.
// place.ts asks it of the sentences that report the meeting.

import { WEST_SLAVIC_MEETING } from '../dates/words-west-slavic.ts';
import { NOT_PLACES } from './latin.ts';

/** A sentence in one of these languages: its own letters or its verb of meeting. */
const WEST_SLAVIC = new RegExp(`[łśźżńřěůčšžćđľ]|${WEST_SLAVIC_MEETING}`, 'iu');

/** Not where they met: the war, the situation or the post the place belongs to ("sytuacji w Ukrainie", "velvyslanec v Rakousku"). */
const NOT_BEFORE =
  '(?:sytuacj\\p{L}*|wojn\\p{L}*|situac\\p{L}*|situáci\\p{L}*|válk\\p{L}*|vojn\\p{L}*|rat\\p{L}*|stanj\\p{L}*|ambasador\\p{L}*|ambasadork\\p{L}*|konsul\\p{L}*|konzul\\p{L}*|velvyslan\\p{L}*|veľvyslan\\p{L}*|veleposlani\\p{L}*|Srbije|Hrvatske|Polski|ČR|SR|RP|mieszka\\p{L}*|žij\\p{L}*|žije\\p{L}*|rođen\\p{L}*|urodzon\\p{L}*|narozen\\p{L}*)';

const WORD = "\\p{Lu}[\\p{Ll}’'-]+";
const AT = new RegExp(`(?<![\\p{L}])(?<!${NOT_BEFORE} )(?:[Ww]e?|[Vv]e?|[Vv]o|[Uu]) (${WORD}(?: ${WORD})?)(?![\\p{L}’'-])`, 'gu');

/** Cities whose locative no ending rule undoes. */
const IRREGULAR: Record<string, string> = {
  Praze: 'Praha',
  Prahe: 'Praha',
  Brně: 'Brno',
  Brne: 'Brno',
  Vídni: 'Vídeň',
  Viedni: 'Viedeň',
  Wiedniu: 'Wiedeń',
  Kijowie: 'Kijów',
  Sarajevu: 'Sarajevo',
};

/** One word's nominative, or null when its ending says nothing sure. */
function nominativeWord(w: string): string | null {
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  const rules: [RegExp, string][] = [
    [/owie$/u, 'ów'],
    [/([^aeiouyáéíóúýě])wie$/u, '$1wa'],
    [/awie$/u, 'awa'],
    [/([aeiouy])nie$/u, '$1n'],
    [/([íý])ně$/u, '$1n'],
    [/vě$/u, 'va'],
    [/([aeiouyáéíóúý])ne$/u, '$1n'],
    [/ym$/u, 'y'],
    [/([bcdfghjklmnprstvwxzčšžćđřł])u$/u, '$1'],
  ];
  for (const [re, to] of rules) if (re.test(w)) return w.replace(re, to);
  return null;
}

/** The place's own name: each word undone, or null when a word cannot be. */
function nominative(place: string): string | null {
  const words = place.split(' ').map(nominativeWord);
  return words.every((w) => w !== null) ? words.join(' ') : null;
}

/** The first place a West or South Slavic meeting sentence names, in its own form; null when none does. */
export function westSlavicPlace(sentences: string[]): string | null {
  for (const s of sentences) {
    if (!WEST_SLAVIC.test(s)) continue;
    for (const m of s.matchAll(AT)) {
      const name = nominative(m[1] ?? '') ?? (m[1]?.includes(' ') ? nominative(m[1].split(' ')[0] ?? '') : null);
      if (name && !NOT_PLACES.test(name)) return name;
    }
  }
  return null;
}
