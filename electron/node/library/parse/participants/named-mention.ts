// The pair most rules that read a name after its office return: the mention, and where reading
// may go on after it. One place, so each rule says only what it read.

import type { Mention } from './types.ts';

/** A person named in the text from `start` to `end`, with the office read beside them (country left to later rules). */
export const namedMention = (
  text: string,
  start: number,
  end: number,
  name: string,
  role: string | null,
  how: string,
): [Mention, number] => [{ index: start, surface: text.slice(start, end), name, role, country: null, kind: 'named', how }, end];
