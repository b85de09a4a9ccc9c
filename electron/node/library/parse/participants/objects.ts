// The people a meeting verb takes as its object, each described after a comma: "received Ana
// Costa, Minister of Trade of Brazil", "held talks with H.E. Lena Berg, Ambassador of Sweden,
// H.E. Omar Haddad, …, and Madam Rosa Lima, Director General of …"; the same shape after
// "attended by"; and a counterpart named after his office in the Romance languages ("recibió a
// su par de Chile, Ana Ruiz", "a reçu son homologue, Marc Dubois").

import { countryAt, countryIn } from '../../../../shared/countries.ts';
import { compiledEarly } from '../compiled-early.ts';
import { execAll } from '../patterns.ts';
import { HEAD_SOURCE } from '../roles.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

/**
 * A verb or noun of meeting whose object is the person met (English, Spanish, French, Portuguese,
 * Italian); English may set the day between them: "held a meeting on Thursday with …", "met yesterday with …".
 */
const OBJECT_OF = compiledEarly(
  // The passive's agent first, "was received by A, …": the host, who is in the room as much as the guest.
  /(?<![\p{L}])(?:(?:received|welcomed|hosted|greeted) by|met(?:(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|this\s+(?:morning|afternoon|evening|week)|last\s+week))? with)?|meets(?:(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|this\s+(?:morning|afternoon|evening|week)|last\s+week))? with)?|received|receives|welcomed|hosted|called on|spoke (?:with|to)|(?:talks|discussions|meeting|conversation|call|consultations|session)(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|this\s+(?:morning|afternoon|evening|week)|last\s+week))? with|(?:was|were) (?:also )?attended by|se reuni[óo] con|recibi[óo](?: a)?|a reçu|s['’]est entretenue? avec|recebeu|se reuniu com|reuniu-se com|ha ricevuto|ha incontrato)\s+(?=(?:the |la |le |o |a |and )?(?:H\.[EH]\.|Madam|Mr|Ms|Mrs|Dr|Sheikh|S\.E\.|\p{Lu}))/giu,
);

/** A form of address before a name: "His Excellency Mr.", "His Highness", "H.E.", "Dr.", "Shri", "Sheikh". */
const ADDRESSED =
  /^(?:(?:His|Her) (?:Excellency|(?:Royal )?Highness)|H\.[EH]\.|S\.E\.|Mr|Ms|Mrs|Dr|Madam|Sheikh|Shri|Sh(?=\.)|Smt|Sir|Hon)\.?\s/u;

/** Whether a position falls inside a quotation opened earlier in its paragraph. */
function quoted(text: string, at: number): boolean {
  const paragraph = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const opened = (paragraph.match(/[“«„]/gu)?.length ?? 0) - (paragraph.match(/[”»]/gu)?.length ?? 0);
  return opened > 0 || (paragraph.match(/"/gu)?.length ?? 0) % 2 === 1;
}

/** Words that make a description an office: the title heads, in any case, and their Romance forms. */
const OFFICE = new RegExp(
  `(?<![\\p{L}])(?:${HEAD_SOURCE}|boss|head|chief|envoy|member|ministr[eoa]|embajador[a]?|ambassadeur|ambassadrice|embaixador[a]?|ambasciatore|canciller|chanceler|presidente?|présidente?|secretari[oa]|secrétaire|diret[o]r|directeur|director[a]?)(?![\\p{L}])`,
  'iu',
);

/** "su par de Uruguay, Ana Ruiz", "seu homólogo brasileiro, João Melo": the counterpart, a comma, the name (without the comma, european.ts reads it). */
const COUNTERPART =
  /(?<![\p{L}])(?:su|sus|son|sa|ses|seu|sua|seus|il suo|la sua)\s+(?:par|pares|hom[óo]log[oa]s?|homologues?|omolog[oa])(?:\s+(?:de|do|da|di|du|del)\s+(?:la\s+|l['’])?([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?)|\s+\p{Ll}[\p{L}-]+)?,(?= \p{Lu})/gu;

/** A title's head noun, then a capitalised word: "Premier Gladys …", "Governor Ana …". */
const TITLED = new RegExp(`^(?:${HEAD_SOURCE}) \\p{Lu}`, 'u');

/** Courtesy words before a listed name that readName does not drop itself. */
const LEAD = /^(?:,\s*|\s+)(?:and |the |la |le |o |a )*(?:H\.H\.\s+|S\.E\.\s+)?/u;

/** The first country any capitalised word of a description starts: "Adviser to the Oman Foreign Ministry". */
export function countryInWords(s: string): string | null {
  for (const w of s.matchAll(/(?<![\p{L}])\p{Lu}/gu)) {
    const c = countryAt(s, w.index);
    if (c) return c.country;
  }
  return countryIn(s);
}

/**
 * A description ends at a comma, a full stop (not an initial's: "U.S."), a bracket, or where the
 * clause goes on: a verb after "and" ("…, Minister of Foreign Affairs and met Tore Hattrem"), the
 * next person ("and Dr. Owen Bonnici", "as well as Erling Rimestad"). A comma then "as well as" or
 * "and" opens the next person, not a description: "received Sheikh A B, as well as Governor C D".
 */
const DESCRIBED =
  /^, (?:the )?(?!(?:as well as|along with|together with|and|or)\s)([^,;()\n]{3,140}?)(?=,|;|(?<!(?<![\p{L}])\p{Lu})\.(?:\s|$)|\n|\(| (?:on|in|at|during|from|who|which|with|said)\b| and (?:the )?\p{Ll}| (?:and|as well as) (?:Dr|Mr|Ms|Mrs|Madam|Sheikh|H\.E)\b| as well as\b|$)/u;

/** The description after a name up to the next item or the end of the clause: ", Minister of …, ". */
function description(text: string, at: number): { role: string; end: number } | null {
  const m = DESCRIBED.exec(text.slice(at, at + 200));
  if (!m?.[1] || !OFFICE.test(m[1])) return null;
  return { role: m[1].trim(), end: at + m[0].length };
}

/** Whose office a description names: "U.S. Ambassador to Kenya" is the United States' (where an envoy is posted is not whose). */
function whose(role: string): string | null {
  const plain = role.replace(/(?<![\p{L}])(\p{Lu})\.(\p{Lu})\.(?:(\p{Lu})\.)?/gu, '$1$2$3');
  return countryInWords(ENVOY.test(plain) ? plain.replace(/ to (?:the )?.*$/u, '') : plain);
}
const ENVOY = /(?<![\p{L}])(?:ambassador|envoy|consul|representative|charg[eé]|embajador|ambassadeur|embaixador)/iu;

/** One list of people met or attending, each "Name, description", joined by commas and "and". */
function describedList(text: string, start: number, open: (a: number, b: number) => boolean, how: string): [Mention, number][] {
  const out: [Mention, number][] = [];
  let pos = start;
  for (let items = 0; items < 14; items++) {
    const lead = LEAD.exec(text.slice(pos, pos + 20));
    const at = pos + (lead?.[0].length ?? 0);
    const name = readName(text, at - 1);
    if (!name || name.name.split(' ').length < 2 || name.possessive) break;
    // A name without a description may be a nationality ("met Sri Lankan foreign minister …"): not read here,
    // unless a form of address says a person follows ("met with Dr. Ana Costa", "called on Shri Raj Singh").
    // …and not inside a quotation, where "I met Mr. A" is what a speaker recalls.
    const addressed = ADDRESSED.test(text.slice(at, at + 30)) && !quoted(text, at);
    // "met with Premier A and Hon. B": a title before the first name (the title rules read it) opens the list too.
    const titled = items === 0 && !addressed && TITLED.test(text.slice(at, at + 60));
    const described = description(text, name.end) ?? (addressed || titled ? { role: null, end: name.end } : null);
    if (!described) break;
    if (!(titled && described.role === null) && open(at, name.end))
      out.push([
        {
          index: at,
          surface: text.slice(at, name.end),
          name: name.name,
          ...(name.alias ? { alias: name.alias } : {}),
          role: described.role,
          country: described.role ? whose(described.role) : null,
          kind: 'named',
          how: described.role ? how : how.replace(/, with a title$/u, ', after a form of address'),
        },
        described.end,
      ]);
    pos = described.end;
    if (
      !/^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the |H\.[EH]\.|S\.E\.|Madam|Mr|Ms|Mrs|Dr|Sheikh|\p{Lu})/u.test(text.slice(pos, pos + 30))
    )
      break;
    if (text.startsWith(' and', pos)) pos += 4;
  }
  return out;
}

export function objectMentions(text: string, open: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const m of execAll(OBJECT_OF, text)) {
    const how = /attended/i.test(m[0]) ? 'named in the list of those attending' : 'named as the person met, with a title';
    out.push(...describedList(text, m.index + m[0].length - 1, open, how));
  }
  for (const m of execAll(COUNTERPART, text)) {
    const end = m.index + m[0].length;
    const name = readName(text, end);
    if (!name || name.name.split(' ').length < 2 || !open(m.index, name.end)) continue;
    out.push(
      namedMention(text, m.index, name.end, {
        name: name.name,
        role: null,
        country: m[1] ? countryIn(m[1]) : null,
        how: 'named as the counterpart',
      }),
    );
  }
  return out;
}
