// Releases from many foreign ministries set the name off after the office, with a form of address
// that says a person follows: "met the acting Chief of Protocol, Mr. Musa Bello, at the Ministry",
// "the Deputy Director of International Affairs, Mr. Juan Carlos de Castro Pita;", "led by the High
// Commissioner, H.E Jane Doe.", "the Minister of Information, Ghana, Hon. Kwame Mensah, and …". The
// office's own wording ("…, Regional Integration and International Trade, Mr X") may run past what
// the title rules read; the form of address after the comma is what marks the name.

import { normalizeRole, ROLE_SOURCE } from '../roles.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import { countryInWords } from './objects.ts';
import type { Mention } from './types.ts';

/** Cheap test first: a comma, then a form of address. */
const GATE = /, (?:[Tt]he )?(?:Mr|Mrs|Ms|Dr|H\.E|Hon|Rt|Right|His|Her|Amb|Prof|Engr|Engineer|Rev)/u;

/** The comma and the form of address; the name follows it. */
// A professor, an engineer or a priest is addressed by the calling in full as well ("Dean of Graduate School,
// Professor Jane Roe;", "the Governor of the State, Engineer John Doe", "the Rector, Reverend Professor …").
// The Commonwealth's styles are forms of address as well: "Minister of Agriculture, the Honourable Jane Roe",
// "Deputy Prime Minister, Honourable John Doe", "the Speaker, Rt. Hon. …", "High Commissioner, His Excellency …".
const AFTER_COMMA =
  /, (?:[Tt]he )?((?:Mr|Mrs|Ms|Dr|H\.E|(?:(?:Rt|Right)\.? )?Hon(?:ou?rable)?|(?:His|Her) Excellency|Amb|Prof|Professor|Engr|Engineer|Rev|Reverend)\.?(?: Mr| Mrs| Ms| Professor| Prof\.?| Dr\.?)?) (?=\p{Lu})/gu;

/**
 * A university's offices, which a visit between universities lists before each name ("the Rector, Professor …;
 * Dean of Graduate School, Professor …; Pro-Rector for Research, Professor …"): the office with its remit.
 */
const ACADEMIC = String.raw`(?:(?:Associate|Assistant|Deputy|Acting) )?(?:(?:Vice|Pro)[- ])?(?:Rector|Dean|Provost|Registrar|Chancellor)(?![\p{L}])`;
const ACADEMIC_HEAD = new RegExp(`^${ACADEMIC}$`, 'u');

/**
 * The office that ends at most 90 characters before the comma, in the same clause: the last title there;
 * or a head of any unit ("the acting Chief of Protocol, Mr. …", "the Head of External Relations Service,
 * Mr. …"), which the form of address after the comma says is a person's office.
 */
const OFFICE = new RegExp(`(?<![\\p{L}])(?:${ROLE_SOURCE}|(?:Chief|Head) of(?= (?:the )?\\p{Lu})|${ACADEMIC})`, 'gu');

/** What may stand between the office and the comma: its remit or its country, never a new clause. */
// An acronym in brackets is the body's short name, still its remit: "of the High Commission (AHC), Mr …".
const REMIT = /^(?=[^\n]{0,90}$)(?:[^;:.()\n]|\(\p{Lu}{2,8}\))*$/u;

/**
 * The comma left out: "the Minister of Justice and Prisons Reform Mrs Ana Perera", "the German Minister for Economic
 * Affairs, Labour, and Tourism of Baden-Wurttemberg Dr. Jane Roe". Only after an office's own capitalised words.
 */
const AFTER_PORTFOLIO = /(?<=[\p{Lu}][\p{L}’'-]* |[)] )((?:Mr|Mrs|Ms|Dr|H\.E|Hon)\.?) (?=\p{Lu})/gu;
const BARE_GATE = /[\p{L})] (?:Mr|Mrs|Ms|Dr|H\.E|Hon)\.? \p{Lu}/u;
/** What a portfolio is written with: capitalised words, "of", "for", "and", commas, an acronym in brackets; never a verb. */
const PORTFOLIO = /^(?:\s*(?:,|of|for|and|on|the|\(\p{Lu}{2,8}\)|\p{Lu}[\p{L}’'-]*))*\s*$/u;

export function courtesyCommaMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  const found = [
    ...(GATE.test(text) ? text.matchAll(AFTER_COMMA) : []),
    ...(BARE_GATE.test(text) ? text.matchAll(AFTER_PORTFOLIO) : []),
  ];
  for (const m of found) {
    const bare = !m[0].startsWith(',');
    // Read from the space after the form of address ("Amb Gabriel …" has no stop readName would know it by).
    const name = readName(text, m.index + m[0].length - 1);
    if (!name || name.possessive || name.name.split(' ').length < 2) continue;
    // The clause before the comma, from its last stop or semicolon: the office is read there only.
    const head = text.slice(Math.max(0, m.index - 160), m.index);
    const clause = head.slice(
      Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('\n'), head.lastIndexOf('. ')) + 1,
    );
    const offices = [...clause.matchAll(OFFICE)];
    const office = offices.at(-1);
    if (!office) continue;
    const remit = clause.slice(office.index + office[0].length);
    if (!REMIT.test(remit) || (bare && !PORTFOLIO.test(remit))) continue;
    const start = m.index + m[0].length - (m[1]?.length ?? 0) - 1;
    if (!free(start, name.end)) continue;
    out.push(
      namedMention(text, start, name.end, {
        name: name.name,
        role:
          office[0].endsWith(' of') || ACADEMIC_HEAD.test(office[0]) ? `${office[0]}${remit}`.trim() : normalizeRole(office[0]),
        // "the German Minister … Dr. Jane Roe": without the comma, the nationality before the office is hers too.
        country:
          countryInWords(remit) ??
          countryInWords(bare ? clause.slice(Math.max(0, office.index - 20), office.index + office[0].length) : office[0]),
        how: 'named after the office, with a form of address',
      }),
    );
  }
  return out;
}
