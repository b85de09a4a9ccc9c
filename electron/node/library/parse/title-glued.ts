// A headline copied onto one line with what the page prints after it: the headline again, its date
// and clock, or its date and the lead. The headline is put on a line of its own.

import { HAS_SENTENCE_INSIDE } from './title-like.ts';
import { cutAtGluedDate, cutAtTrailingDate, substantialLine } from './title-lines.ts';
import { endsSentenceHere, size } from './title-prose.ts';

/** A line that opens with the same words twice: the headline, printed again, then what follows it. */
const DOUBLED_HEAD = /^(\S.{6,118}?)\s*\1(?=\s|$)/u;

/**
 * A headline, its date and the text copied onto one line ("中俄外長會面 王毅:… Mar 30, 2022 在北京,…"):
 * the headline is put on a line of its own; the date stays with the text it came with, a lead long
 * enough not to be taken for a byline.
 */
export function unglued(lines: string[], at: number): string[] {
  const line = lines[at];
  // The headline printed twice at the head of the text's line ("外交部:… 外交部:… 2011年12月7日 …").
  const twice = line === undefined ? null : DOUBLED_HEAD.exec(line.trim());
  if (twice?.[1] && substantialLine(twice[1]) && !endsSentenceHere(twice[1]))
    return [...lines.slice(0, at), twice[1].trim(), line?.trim().slice(twice[0].length).trim() ?? '', ...lines.slice(at + 1)];
  // The headline with only its date and clock after it: the date goes to a line of its own.
  const trailing = line === undefined ? null : cutAtTrailingDate(line.trim());
  if (trailing && !endsSentenceHere(trailing.head) && !HAS_SENTENCE_INSIDE.test(trailing.head))
    return [...lines.slice(0, at), trailing.head, trailing.date, ...lines.slice(at + 1)];
  const cut = line === undefined ? null : cutAtGluedDate(line.trim());
  if (!cut || size(cut.rest) < 12 || endsSentenceHere(cut.head) || HAS_SENTENCE_INSIDE.test(cut.head)) return lines;
  return [...lines.slice(0, at), cut.head, `${cut.date} ${cut.rest}`, ...lines.slice(at + 1)];
}

/** A heading line without the date and clock glued after it ("… Wang Yi 10/26/2023 11:52 PM EDT"). */
export const withoutTrailingDate = (line: string): string => {
  const cut = cutAtTrailingDate(line);
  return cut && !endsSentenceHere(cut.head) && !HAS_SENTENCE_INSIDE.test(cut.head) ? cut.head : line;
};
