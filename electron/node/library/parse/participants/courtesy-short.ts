// English news names a person in full once, often where no rule reads them as present (the source
// of the lead, "says Prime Minister John Key"; a visit still to come, "Julia Gillard is to visit";
// a bare name opening the story, "David Lammy has met …"), and from then on by courtesy title and
// surname only: "Mr Key said they enjoyed a warm conversation", "Mr Lammy met with …", "Dr Kwape
// wished them …". The short form is the same person; where it stands in a sentence that reports the
// meeting, it is the full name that took part.

import { fold } from '../text.ts';
import { inMeetingSentence } from './meeting.ts';
import { namedMention } from './named-mention.ts';
import { NOT_NAMES, readName } from './names.ts';
import type { Mention } from './types.ts';

/** Cheap test first: a courtesy title before a capitalised word. */
const GATE = /(?<![\p{L}])(?:Mr|Ms|Mrs|Dr)\.? \p{Lu}/u;

/**
 * A courtesy title and one capitalised word that no other name word follows: "Mr Key said",
 * "Ms Gillard won", "Dr. Kwape". Not "Mr Pedro Soto" (a full name, read by the other rules), not a
 * possessive ("Ms Gillard's proposal": the owner of something).
 */
const SHORT = /(?<![\p{L}])(?:Mr|Ms|Mrs|Dr)\.? (\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}’'-]| [\p{Lu}(])/gu;

/** A capitalised word that may open a name: where readName is tried from. */
const WORD_START = /(?<![\p{L}\p{M}’'.-])\p{Lu}/gu;

/**
 * The short form tells the story rather than takes part in it: "Mr Chanda explained that the
 * President invited …", "Ms Lee told reporters …". (A principal who reports their own meeting,
 * "Mr Key said they enjoyed a warm conversation", is not this.)
 */
const REPORTS =
  /^ (?:explained|disclosed|announced|revealed|stated|noted|added|confirmed|told (?:reporters|journalists|the media|the press))\b/u;

/**
 * The full name the record gives for a surname before it first shortens it: the first place a name
 * of two words or more ends in it ("Australian Prime Minister Julia Gillard" → "Julia Gillard").
 * Null when the record gives none, or gives two different ones (two people share the surname).
 */
function fullName(text: string, surname: string, before: number): string | null {
  const found = new Set<string>();
  let first: string | null = null;
  for (let at = text.indexOf(surname); at >= 0 && at < before && found.size < 2; at = text.indexOf(surname, at + 1)) {
    // The words just before the surname, on its line: at most four of them.
    const head = text.slice(Math.max(0, at - 80), at);
    const line = head.slice(head.lastIndexOf('\n') + 1);
    if (!/\p{Lu}[\p{L}\p{M}.’'-]* $/u.test(line)) continue;
    for (const w of line.matchAll(WORD_START)) {
      const read = readName(` ${line.slice(w.index)}${text.slice(at, at + surname.length + 1)}`, 0);
      const tokens = read?.name.split(' ') ?? [];
      if (!read || tokens.length < 2 || tokens.at(-1) !== surname) continue;
      found.add(read.name);
      first ??= read.name;
      break;
    }
  }
  return found.size === 1 ? first : null;
}

export function courtesyShortMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const bySurname = new Map<string, RegExpExecArray[]>();
  for (const m of text.matchAll(SHORT)) {
    const surname = m[1] ?? '';
    if (NOT_NAMES.has(fold(surname), surname)) continue;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), m]);
  }
  const out: [Mention, number][] = [];
  for (const [surname, shorts] of bySurname) {
    // Only a person the record shows at the meeting under the short form: not one merely quoted on something else.
    const present = (m: RegExpExecArray): boolean =>
      !REPORTS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) && inMeetingSentence(text, m.index);
    if (!shorts.some(present)) continue;
    const name = fullName(text, surname, shorts[0]?.index ?? 0);
    if (name === null) continue;
    for (const m of shorts) {
      const end = m.index + m[0].length;
      if (!free(m.index, end)) continue;
      out.push(
        namedMention(text, m.index, end, {
          name,
          role: null,
          how: 'named by courtesy title and surname',
        }),
      );
    }
  }
  return out;
}
