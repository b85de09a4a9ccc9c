// The Commonwealth writes a member's seat after the name: "Jane Roe MP", "John Doe, MP", "Kofi
// Mensah (MP)", "Ann Lee MSP", "Sean Burke TD". The letters after the name say a person is named and
// what they are; the same letters before a capitalised word ("Leeds West MP Jane Roe") are a title
// the title rules read, and what stands before them there is a seat or a party, no name.

import { isCountryWord } from '../../../../shared/countries.ts';
import { fold } from '../text.ts';
import { namedMention } from './named-mention.ts';
import { NOT_NAMES } from './names.ts';
import type { Mention } from './types.ts';

/** Cheap test first: one of the letters, alone. */
const GATE = /(?<![\p{L}])(?:MP|MSP|MLA|MEP|MPP|MNA|MHA|TD)(?![\p{L}])/u;

/** Two to four capitalised words, then the letters, bare, after a comma or in brackets. */
const POST_NOMINAL =
  /(?<![\p{L}’'.-])((?:\p{Lu}[\p{Ll}’'-]+ ){1,3}\p{Lu}[\p{Ll}’'-]+)(?:,? | \()(MP|MSP|MLA|MEP|MPP|MNA|MHA|TD)(\)?)(?![\p{L}])/gu;

/** After the letters: a capitalised word means they were a title before that name. */
const TITLE_BEFORE_NAME = /^,? \p{Lu}\p{Ll}/u;

export function postNominalMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(POST_NOMINAL)) {
    const [whole, raw, letters, bracket] = m;
    if (!raw || !letters) continue;
    const end = m.index + whole.length;
    if (!bracket && TITLE_BEFORE_NAME.test(text.slice(end, end + 3))) continue;
    // "Yesterday Jane Roe MP": a sentence's first word before the name is not part of it.
    const tokens = raw.split(' ');
    while (tokens.length > 2 && tokens[0] && NOT_NAMES.has(fold(tokens[0]), tokens[0])) tokens.shift();
    if (tokens.some((t) => NOT_NAMES.has(fold(t), t) || isCountryWord(t))) continue;
    const name = tokens.join(' ');
    const index = m.index + raw.length - name.length;
    if (!free(index, end)) continue;
    out.push(
      namedMention(text, index, end, {
        name,
        role: letters,
        how: 'named with the seat after the name',
      }),
    );
  }
  return out;
}
