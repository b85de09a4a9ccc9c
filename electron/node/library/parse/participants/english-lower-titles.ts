// News English often writes the office in lower case before the name: "called on governor A B",
// "led by the deputy mayor C D", "represented by professor E F, …, and professor G H". A lower-case
// office is also how a writer mentions someone in passing ("law professor X said on TV"), so it is
// read only in a sentence that says who met whom: a verb of meeting or a "led by" before it, or the
// person as the subject of such a verb ("the mayor A B welcomed the delegation").

import { execAll } from '../patterns.ts';
import { fold } from '../text.ts';
import { namedMention } from './named-mention.ts';
import { NOT_NAMES, readName } from './names.ts';
import type { Mention } from './types.ts';

/** The office in lower case, with the words that qualify it ("deputy", "non-resident"), then a capitalised name. */
const LOWER_OFFICE =
  /(?<![\p{L}-])((?:(?:deputy|vice|non-resident|acting|outgoing|incoming|executive|associate|assistant) )*(?:professor|governor|lieutenant governor|mayor|dean|ambassador|envoy|consul general|consul|high commissioner|chancellor|vice-chancellor|senator|councillor|speaker|rector|principal))(?= \p{Lu})/gu;

/** A verb or phrase of meeting earlier in the same sentence. */
const MEETING_CUE =
  /(?<![\p{L}])(?:called on|calls on|call on|paid (?:a )?(?:courtesy )?(?:call|visit)s? (?:on|to)|met|meets|met with|received|receives|hosted|welcomed|led by|headed by|represented by|accompanied by|joined by|along with|together with|signed by)(?![\p{L}])/u;

/** Or the person is the subject of such a verb: "the mayor A B welcomed the delegation". */
const MEETING_VERB_AFTER = /^ (?:welcomed|received|met|hosted|called on|paid (?:a )?(?:courtesy )?(?:call|visit))(?![\p{L}])/u;

/** Words before the office that say the person no longer holds it or is gone. */
const NOT_NOW = /(?:former|late|then|ex-)\s+(?:\p{L}+\s+)?$/u;

/**
 * An office before a name, read only where the sentence says who met whom: a `cue` earlier in the
 * sentence, or the person the subject of a verb of meeting right after the name (`verbAfter`); never
 * one the words before say is gone ("the former mayor …"). Local and parliamentary offices share it.
 */
function toldAsMet(text: string, office: number, nameEnd: number, cue: RegExp, verbAfter: RegExp): boolean {
  const before = text.slice(Math.max(0, office - 200), office);
  const sentence = before.split(/[.!?]\s|\n/u).at(-1) ?? '';
  const subject = verbAfter.test(text.slice(nameEnd, nameEnd + 40));
  return (subject || cue.test(sentence)) && !NOT_NOW.test(before);
}

/** How a sentence tells an office before a name (the office is the pattern's first group) as one of those met. */
export type OfficeMet = {
  office: RegExp;
  cue: RegExp;
  verbAfter: RegExp;
  how: string;
  nameWords?: (tokens: string[]) => boolean;
};

/**
 * Each office before a name of two words or more, none of them a word that is no name, told as met;
 * `nameWords` may ask more of the name's words. Lower-case and local offices share it.
 */
export function officeMetMentions(
  text: string,
  { office, cue, verbAfter, how, nameWords = () => true }: OfficeMet,
  free: (a: number, b: number) => boolean,
): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const m of execAll(office, text)) {
    const name = readName(text, m.index + m[0].length);
    if (!name || name.possessive) continue;
    const tokens = name.name.split(' ');
    if (tokens.length < 2 || !nameWords(tokens) || tokens.some((t) => NOT_NAMES.has(fold(t), t))) continue;
    if (!toldAsMet(text, m.index, name.end, cue, verbAfter) || !free(m.index, name.end)) continue;
    out.push(namedMention(text, m.index, name.end, { name: name.name, role: m[1] ?? '', how }));
  }
  return out;
}

const LOWER: OfficeMet = {
  office: LOWER_OFFICE,
  cue: MEETING_CUE,
  verbAfter: MEETING_VERB_AFTER,
  how: 'named after an office written in lower case',
};

export const lowerTitleMentions = (text: string, free: (a: number, b: number) => boolean): [Mention, number][] =>
  officeMetMentions(text, LOWER, free);
