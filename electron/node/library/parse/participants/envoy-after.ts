// An envoy named first, then described, as credentials stories and captions write them: "Mrs. Pavelyn
// Musaka (left), outgoing Zimbabwean Ambassador to Ghana", "H.E. Mr. Masaya Fujiwara, non-resident
// ambassador of Japan;", "Turki bin Abdullah Al Dakheel, Saudi Ambassador to the UAE.", "Michael Ian
// Upton (right), New Zealand High Commissioner to Ghana presenting …". The name-then-title rule wants
// the title closed by a stop right after its country; here the posting ("to Ghana"), a word before the
// title ("outgoing", "non-resident") or a caption's "(left)" stands in the way.

import { adjectiveCountry, countryAt } from '../../../../shared/countries.ts';
import { fold } from '../text.ts';
import { namedMention } from './named-mention.ts';
import { NOT_NAMES } from './names.ts';
import type { Mention } from './types.ts';

/** Only records about envoys hold the form: the cheap test first. */
const GATE = /ambassador|high commissioner|consul[- ]general/iu;

/** The envoy's title, in any case, and "-designate". */
const ENVOY = /(?<![\p{L}])(?:ambassador|high commissioner|consul[- ]general)(?:[- ]designate)?(?![\p{L}])/giu;

/**
 * Before the title, to the end: the name (two to five capitalised words, the particles names carry),
 * a caption's place in brackets, the comma, then "the", a word such envoys are called by, and up to
 * three capitalised words of nationality ("New Zealand", "Zimbabwean").
 */
const BEFORE =
  /(?<![\p{L}\p{M}])((?:\p{Lu}[\p{L}\p{M}’'.-]*|bin|bint|ibn|al|el|de|da|do|dos|del|van|von|der|le|la) (?:(?:\p{Lu}[\p{L}\p{M}’'.-]*|bin|bint|ibn|al|el|de|da|do|dos|del|van|von|der|le|la) ){0,5}?\p{Lu}[\p{L}\p{M}’'-]*)(?: \([a-z ]{2,8}\))?, (?:the )?(?:(?:outgoing|incoming|newly[- ]appointed|new|non-? ?resident|resident) )?((?:\p{Lu}[\p{L}’'-]+ ){0,3})$/u;

/** Forms of address before the name, never part of it. */
const ADDRESS =
  /^(?:(?:H\.\s?E\.|His Excellency|Her Excellency|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Archbishop|Bishop|Prof\.?|Hon\.?|Sir|Dame) )+/u;

/** What may follow the title: the country it is of or posted to, then the clause goes on or ends. */
const AFTER = /^(?: (of|to) (?:the )?)?/u;
/** A state's long form before its name: "Republic of", "Federal Democratic Republic of", "Kingdom of the". */
const STATE_OF =
  /^(?:\p{Lu}[\p{Ll}’'-]+ ){0,4}(?:Republic|Kingdom|State|Federation|Sultanate|Emirate|Principality|Grand Duchy) of (?:the )?/u;

export function envoyAfterMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  if (!GATE.test(text)) return out;
  ENVOY.lastIndex = 0;
  for (let e = ENVOY.exec(text); e; e = ENVOY.exec(text)) {
    // The title must come right after a comma and at most four words: a cheap test before the pattern.
    const before = text.slice(Math.max(0, e.index - 160), e.index);
    if (!/, [^,;\n]{0,60}$/u.test(before)) continue;
    const m = BEFORE.exec(before);
    if (!m?.[1]) continue;
    let name = m[1];
    const address = ADDRESS.exec(name)?.[0] ?? '';
    name = name.slice(address.length);
    const words = name.split(' ');
    if (words.length < 2 || words.some((w) => NOT_NAMES.has(fold(w), w))) continue;
    const nameAt = e.index - before.length + m.index + address.length;
    const end = e.index + e[0].length;
    // The title may be read already ("Zimbabwean Ambassador" alone): the name must not be.
    if (!free(nameAt, nameAt + name.length)) continue;
    // Whose envoy: the nationality before the title ("Saudi", "New Zealand"), or the country it is "of".
    const nationality = (m[2] ?? '').trim();
    const after = AFTER.exec(text.slice(end, end + 12));
    const ofAt = after?.[1] === 'of' ? end + after[0].length : -1;
    const of = ofAt < 0 ? null : countryAt(text, ofAt + (STATE_OF.exec(text.slice(ofAt, ofAt + 80))?.[0].length ?? 0));
    const posted = after?.[1] === 'to' ? countryAt(text, end + after[0].length) : null;
    const whose = nationality
      ? (adjectiveCountry('en', nationality.toLowerCase()) ?? countryAt(nationality, 0)?.country ?? null)
      : null;
    const country = whose ?? of?.country ?? null;
    // Words before the title that name no country ("Deputy", "Special"): another office, not this form.
    if (nationality && whose === null && !posted) continue;
    out.push(
      namedMention(text, nameAt, end, {
        name,
        role: e[0],
        country,
        how: 'named, then described as an envoy',
      }),
    );
  }
  return out;
}
