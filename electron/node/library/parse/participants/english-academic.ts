// Universities' English writes the office, then the academic courtesy, then the name: "Vice-Chancellor
// Professor Dr A B and President of C University Prof D E signed the MoU", "Treasurer Prof F G and Dean
// of the Faculty of Arts Prof Dr H I were present". "Prof" (and "Dr" after it) marks where the office
// ends and the name begins, however long the office and whatever its words ("Treasurer", "Pro-VC").

import { execAll } from '../patterns.ts';
import { fold } from '../text.ts';
import { namedMention } from './named-mention.ts';
import { NOT_NAMES, readName } from './names.ts';
import type { Mention } from './types.ts';

/** The courtesy, with "Dr" after it when written: readName reads the name after it. */
const ACADEMIC = /(?<![\p{L}])(?:Prof\.?|Professor)(?: Dr\.?)?(?= \p{Lu})/gu;

/**
 * The office written right before the courtesy: capitalised words, "of", "for", "the" and a short
 * bracket ("Pro-VC (Academic)"), back to a comma, a semicolon, "and", a lower-case word or the
 * paragraph's start. "and" ends it: "A B and President of …" is two people.
 */
const OFFICE_BEFORE =
  /(?:^|[,;:(]\s*|(?<![\p{L}])and\s+|\n|\s(?=\p{Lu}))((?:the )?\p{Lu}(?:[\p{L}’'-]|\.(?=\p{L}))*(?: (?:of|for|the|\([^()\n]{1,24}\)|\p{Lu}(?:[\p{L}’'-]|\.(?=\p{L}))*))*) $/u;

/** A comma right before the courtesy, or before "Reverend" in front of it. */
const AFTER_COMMA = /,\s*(?:(?:the\s+)?(?:Rev(?:erend|\.)?|Very Rev(?:erend|\.)?)\s+)?$/u;

/** English words around the mention: the form is English's; other languages' rules read theirs. */
const ENGLISH_AROUND = /(?<![\p{L}])(?:the|and|were|was|has|have|signed|met|on behalf of)(?![\p{L}])/u;

/** Words that open a sentence before a name, never an office. */
const SENTENCE_OPENER =
  /^(?:Yesterday|Today|Tonight|When|After|Before|While|Later|Also|Then|Meanwhile|However|Earlier|Here|There|Both|This|That|On|In|At|As|By|From|With|Dear|Thus|And|But|Speaking|According)$/u;

export function academicMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!text.includes('Prof')) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(ACADEMIC, text)) {
    const name = readName(text, m.index + m[0].length);
    if (!name || name.name.split(' ').length < 2 || !free(m.index, name.end)) continue;
    if (name.name.split(' ').some((t) => NOT_NAMES.has(fold(t), t))) continue;
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    // "the Rector, Professor A B;": an office set off by a comma is the comma rules' to read.
    if (AFTER_COMMA.test(before)) continue;
    const run = OFFICE_BEFORE.exec(before)?.[1]?.replace(/^the\s+/u, '') ?? null;
    // A run that is only a sentence's first word ("Yesterday Prof …", "When Prof …") is no office.
    const role = run && !SENTENCE_OPENER.test(run) ? run : null;
    // Read in English only: other languages write their own ("Prof. Dr. A B ist seit 2016 Botschafter").
    if (!ENGLISH_AROUND.test(text.slice(Math.max(0, m.index - 150), name.end + 150))) continue;
    const start = role ? m.index - (before.length - before.lastIndexOf(role)) : m.index;
    if (!free(start, m.index)) continue;
    out.push(namedMention(text, start, name.end, { name: name.name, role, how: 'named after the office and an academic title' }));
  }
  return out;
}
