// The last reader of an office in the Latin-script languages, the other order: the holder's name, a
// comma, then the office and what it is of ("…, y con A B, presidente municipal de Ciudad Norte, …",
// "A B C, Provincial People's Committee Chairman, met …", "erklärte A B, dänische Botschafterin bei
// den Vereinten Nationen."). The same office heads as the office-first reader, and the same gates:
// only in a sentence that tells a meeting held (not planned), and an office whose complement is
// only prepositions, articles, names and a few of its own adjectives.

import { fold } from '../text.ts';
import { nameBeforeOffice } from './european-name-first.ts';
import { isName } from './european-names.ts';
import { inMeetingSentence } from './meeting.ts';
import { ahead, heldPast } from './meeting-tense.ts';
import { namedMention } from './named-mention.ts';
import { CLAUSE, HEAD, HEAD_WORD, JOINING, sentenceAround, verbAfter, verbLike } from './office-name-general.ts';
import type { Mention } from './types.ts';

/** Between the comma and the head: an article, then at most three words that qualify the office ("neo", "dänische", "Provincial People's Committee"). */
const LEAD = /, ((?:[\p{L}\p{M}'’-]+ ){0,3})$/u;

/** Articles an apposition may open with: "A B, the Mayor of …", "A B, le maire de …", "A B, der Präsident …". */
const ARTICLE = new Set('the an le la l el il lo o a der die'.split(' '));

/** Short verbs that open the sentence's predicate after an office left unclosed: "A B, Provincial Chairman met with …". */
const SHORT_VERB = new Set('met held paid led told said says has had was is also sat hat ist war'.split(' '));

/** Lowercase words of the complement that are neither joining nor a name: its adjectives ("municipal", "honorario"). */
const FREE_WORDS = 3;

/**
 * Where the office read after the head ends: at `end` (its closing comma or stop), or before a clause's
 * first word ("who", "que", a verb's past: "… Chairman met with …"); null when it reads as a clause, not an office.
 */
function officeEnd(text: string, headEnd: number, end: number): number | null {
  let free = 0;
  let at = headEnd;
  let before = '';
  for (const raw of text.slice(headEnd, end).split(' ')) {
    const wordAt = at;
    at += raw.length + 1;
    if (!raw) continue;
    const previous = before;
    before = raw;
    const word = raw.replace(/^(?:\p{L}{1,4}['’])(?=\p{Lu})/u, '');
    if (/^[\p{Lu}\d(]/u.test(word)) continue;
    const folded = fold(word.replace(/['’)]$/u, ''));
    if (JOINING.has(folded)) continue;
    if (CLAUSE.has(folded) || SHORT_VERB.has(folded) || verbAfter(word, raw, previous))
      return wordAt > headEnd ? wordAt - 1 : null;
    if (++free > FREE_WORDS) return null;
  }
  return end;
}

/** A name, a comma, then its office with what it is of. */
export function officeAfterNameMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const head of text.matchAll(HEAD)) {
    const lead = LEAD.exec(text.slice(Math.max(0, head.index - 60), head.index));
    if (!lead) continue;
    const leading = (lead[1] ?? '').split(' ').filter(Boolean);
    // "A B, nominato segretario …", "A B, of the Ministry": a clause or a complement before the head, not the office's own words.
    if (
      leading.some(
        (w, i) =>
          CLAUSE.has(fold(w)) || verbLike(w) || HEAD_WORD.test(w) || (JOINING.has(fold(w)) && !(i === 0 && ARTICLE.has(fold(w)))),
      )
    )
      continue;
    const start = head.index - (lead[1] ?? '').length;
    // The office may run to its line's end ("… y con A B, presidente municipal de X" closing a paragraph).
    const line = text.indexOf('\n', start);
    const first = nameBeforeOffice(line < 0 ? text : text.slice(0, line), start);
    if (!first) continue;
    const words = first.name.split(' ');
    if (words.length > 5 || words.some((w) => HEAD_WORD.test(w))) continue;
    if (!isName({ name: first.name, end: start, possessive: false })) continue;
    const end = officeEnd(text, head.index + head[0].length, start + first.role.length);
    if (end === null || !free(first.index, end)) continue;
    // Only where the sentence tells a meeting held: a plan, a recollection or another matter names people who were not there.
    const sentence = sentenceAround(text, first.index, end);
    if (!inMeetingSentence(text, first.index) || !heldPast(sentence) || ahead(sentence)) continue;
    out.push(
      namedMention(text, first.index, end, {
        name: first.name,
        role: text.slice(start, end).trim(),
        how: 'named, then an office set off by a comma',
      }),
    );
  }
  return out;
}
