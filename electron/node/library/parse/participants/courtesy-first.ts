// A form of address, a name, then the office after a comma, in the languages that write it so:
// French "M. Perges Antonio Pedro, envoyé spécial du président" (or "SEM", Son Excellence Monsieur), Spanish "el Excmo. Sr. Djérou
// Robert Ly, embajador extraordinario", Portuguese "o Senhor Andrea Semadeni, embaixador da Suíça".
// The form of address says a person is named; the office after the comma says who they are.

import { countryAt } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { fold } from '../text.ts';
import { GRAMMARS } from './european-grammars.ts';
import { namedMention } from './named-mention.ts';
import { NOT_NAMES, readName } from './names.ts';
import type { Mention } from './types.ts';

/** Cheap test first: most records have none of these. */
const GATE =
  /M\.|Mme|Monsieur|Madame|Sr\.|Sra\.|Senhor|Señor|Herrn? |Frau |Mrs?\.? |Ms\.? |Dr\.? |Prof|H\.E|Excellency|Honou?rable|SEM|S\.E\.M/u;

/** The form of address, with the space before it (readName drops it again). */
const ADDRESS =
  /(?<![\p{L}])(?:M\.|Mme|Mlle|Monsieur|Madame|(?:Excm[oa]\. )?Sr[a]?\.|Senhor[a]?|Señor[a]?|Herrn?|Frau|Mrs?\.?|Ms\.?|Dr\.?|Prof(?:\.|essor)?|H\.E\.?|(?:[Tt]he )?(?:(?:Rt|Right)\.? )?Honou?rable|SEM\.?|S\.E\.M\.?)(?= \p{Lu})/gu;

/**
 * English offices after an English form of address: "Mrs Therese Rath, the High Commissioner of
 * Belize", "Mr Wendell Vincent Carlton De Landro, High Commissioner of", "H.E Adrian Morrison High
 * Commissioner of Australia" (the comma left out).
 */
// After "the", the office may carry the body or region it serves, capitalised: "Dr. Jane Roe, the Northern Regional
// Minister", "Mrs. Li Mei, the CCPIT Director of Trade Affairs"; without "the", only the office itself, with the words
// that grade or qualify an office ("Mr. A B, Honorary President of …", "Dr C D, Prime Cabinet Secretary and …").
// The heads of a body are offices too: "Dr. A B, Chair of the Department of …", "Mr C D, Chairman Planning and
// Development Board", "Ms E F, Dean of the Faculty of …", "Mr G H, Head of Protocol".
const ENGLISH_OFFICE_AFTER =
  /^,?\s+(?:the (?:new |outgoing )?(?:(?:\p{Lu}[\p{L}-]+|\p{Lu}{2,6}) ){0,2}|(?:(?:Honorary|Acting|Deputy|Vice|Executive|Senior|Prime|Cabinet|Principal|Permanent|Assistant|Associate|Joint|Managing|Interim|Chief) ){1,2})?(?:Ambassador|High Commissioner|(?:Deputy |Prime |Foreign )?Minister|(?:Vice[- ])?President|Secretary|Special Envoy|Envoy|Charg[ée] d['’]Affaires|Consul(?:-| )General|Permanent Representative|Governor|Speaker|(?:Deputy )?(?:Director|Mayor|Commissioner)|Chair(?:man|woman|person)?|Head|Dean)(?![\p{L}])/u;

/**
 * An English form of address, a name, then the verb of a meeting it is the subject of: "Dr. Ana Costa met
 * Governor …", "Ms Lena Berg held talks with …", "Mr A B called on …", "H.E. A B paid a courtesy call on …".
 * Who meets is there; received, welcomed and hosted take a person or a party of them ("received the award" is no meeting).
 */
const MEETS_AFTER =
  /^,? (?:(?:also|then|later|yesterday|today|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) )?(?:met|meets|called on|spoke (?:with|to)|paid (?:a|an) (?:[\p{L}-]+ ){0,2}(?:call|visit) (?:on|to)|(?:held|had|holds) (?:a |an )?(?:[\p{L}-]+ ){0,2}(?:talks|meeting|call|discussions|conversation|consultations) with|(?:received|receives|welcomed|hosted) (?:(?:the|a|an|his|her) )?(?:\p{Lu}|(?:visiting |foreign |new |outgoing )?(?:delegations?|ambassadors?|envoys?|consuls?|ministers?|governors?|mayors?|counterparts?|guests?|visitors?)(?![\p{L}])))/u;

/** Every language's head nouns of an office, after the comma, with an article or "the new" before it. */
const OFFICE_AFTER = new RegExp(
  `^,\\s+(?:(?:l['’]|le |la |el |o |a |der |die |nouvel(?:le)? |nuev[oa] |nov[oa] |ancien(?:ne)? )?)(?:${GRAMMARS.filter(
    (g) => !g.caseSensitive,
  )
    .flatMap((g) => g.heads)
    .join('|')}|envoyée? spéciale?)(?![\\p{L}])`,
  'iu',
);

/** Whether a position falls inside a quotation opened earlier in its paragraph: "I met Mr. A" is what a speaker recalls. */
function quotedAt(text: string, at: number): boolean {
  const paragraph = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const opened = (paragraph.match(/[“«„]/gu)?.length ?? 0) - (paragraph.match(/[”»]/gu)?.length ?? 0);
  return opened > 0 || (paragraph.match(/"/gu)?.length ?? 0) % 2 === 1;
}

export const courtesyFirstMentions = (text: string, free: (a: number, b: number) => boolean): [Mention, number][] =>
  addressed(text, free, false);

/**
 * The same form of address and name, then a meeting verb: read after every rule that reads an office with the name
 * ("The High Commissioner of Australia, H.E. A B also paid a courtesy call …" is the High Commissioner's).
 */
export const courtesyMeetsMentions = (text: string, free: (a: number, b: number) => boolean): [Mention, number][] =>
  addressed(text, free, true);

function addressed(text: string, free: (a: number, b: number) => boolean, meeting: boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(ADDRESS, text)) {
    // Read from a space put before the address, so an entry that opens a line ("Ms. Ana Helena Chacón
    // Echevarría, Ambassador of …") reads as one after a space; a short window, not a copy of the text.
    const read = readName(` ${text.slice(m.index, m.index + 160)}`, 0);
    const name = read ? { ...read, end: m.index - 1 + read.end } : null;
    if (!name || name.possessive || name.name.split(' ').length < 2) continue;
    if (name.name.split(' ').some((t) => NOT_NAMES.has(fold(t), t))) continue;
    const english = /^(?:Mrs?|Ms|Dr|Prof|H\.E|[Tt]he|Rt|Right|Hon)/u.test(m[0]);
    const office = (english ? ENGLISH_OFFICE_AFTER : OFFICE_AFTER).exec(text.slice(name.end, name.end + 120));
    // "I joined Ms Roe, the Honourable John Doe, and other delegates": the style alone says a person (an office holder) is named.
    const styled = /Honou?rable$/u.test(m[0]);
    const meets =
      meeting && english && !office && MEETS_AFTER.test(text.slice(name.end, name.end + 80)) && !quotedAt(text, m.index);
    if (meeting ? !meets : !office && !styled) continue;
    const index = text.indexOf(name.name, m.index);
    if (index < 0 || !free(index, name.end)) continue;
    // The office runs to the next comma, semicolon or stop: "embajador extraordinario y plenipotenciario de Costa de Marfil".
    const roleStart = name.end + (/^,?\s+(?:the )?/u.exec(text.slice(name.end))?.[0].length ?? 2);
    const role = office ? (/^[^,;.\n()]{1,90}/u.exec(text.slice(roleStart))?.[0].trim() ?? null) : null;
    const of = role ? /(?<![\p{L}])(?:de|du|des|d['’]|da|do|del|of)\s+(?:la |l['’]|the )?(?=\p{Lu})/u.exec(role) : null;
    const country = role && of ? (countryAt(role, of.index + of[0].length)?.country ?? null) : null;
    out.push(
      namedMention(text, index, name.end, {
        name: name.name,
        role,
        country,
        how: meets ? 'named with a form of address, meeting someone' : 'named with a form of address, the office after it',
      }),
    );
  }
  return out;
}
