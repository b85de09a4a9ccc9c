// What every language's table of relative day words is made of, and the two helpers each table had
// copied: a word pattern with letters on neither side, and a weekday's place in tables of its names.

import type { DateMention } from './ymd.ts';

/**
 * One word or phrase that dates something against the record's own date. `gate`: words or letters every match of
 * `re` contains (same case rules), tested first: most texts are in one or two languages, and a pattern for another
 * language need not scan them.
 */
export type RelativeWord = {
  re: RegExp;
  kind: NonNullable<DateMention['relative']>;
  weekday?: (m: RegExpExecArray) => number;
  gate?: RegExp;
};

/** `body` with letters on neither side (`\b` does not see accented or non-Latin letters); `letters`: what counts as one. */
export const wordPattern = (body: string, flags = 'giu', letters = '\\p{L}'): RegExp =>
  new RegExp(`(?<![${letters}])(?:${body})(?![${letters}])`, flags);

/** The weekday (Sunday 0) a name gives in whichever table (one per language, Sunday first) holds it; -1 if none. */
export function weekdayIn(tables: readonly (readonly string[])[], name: string): number {
  const k = name.toLowerCase();
  for (const days of tables) {
    const i = days.indexOf(k);
    if (i >= 0) return i;
  }
  return -1;
}
