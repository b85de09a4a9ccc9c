// The shape nearly every rule that reads a named person returns: where the name's reading starts
// and ends in the text (the surface is what stands between), the name, the office and country read
// beside it, and how it was read; the pair adds where reading may go on after it. One place, so
// each rule says only what it read.

import type { Mention } from './types.ts';

/** What a rule read about one named person; the country is left to later rules when it says none, and flags ("attending", "passing") go along. */
export type NamedRead = Omit<Mention, 'index' | 'surface' | 'kind' | 'country'> & { country?: string | null };

/** A person named in the text from `start` to `end`. */
export const namedAt = (text: string, start: number, end: number, { country = null, ...read }: NamedRead): Mention => ({
  index: start,
  surface: text.slice(start, end),
  country,
  kind: 'named',
  ...read,
});

/** The same, with where reading may go on: right after the mention. */
export const namedMention = (text: string, start: number, end: number, read: NamedRead): [Mention, number] => [
  namedAt(text, start, end, read),
  end,
];
