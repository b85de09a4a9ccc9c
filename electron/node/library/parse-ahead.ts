// Parsing a record before the records ahead of it are stored. The parser is pure except for what it
// asks the people directory, and a stored record can teach the directory a name; so a parse keeps
// every answer it was given, and before its record is written the same questions are asked again.
// Same answers: the parse is exactly what it would have been after the records before it were
// stored. A different answer (the record before introduced this person): it is parsed again.

import type { KnownPerson, PeopleDirectory } from './parse/types.ts';

/** What one parse asked the directory, and what it was told. */
export type DirectoryAnswers = Map<string, KnownPerson | null>;

/** The directory, remembering each answer it gives into `answers`. */
export function rememberingDirectory(directory: PeopleDirectory, answers: DirectoryAnswers): PeopleDirectory {
  return {
    lookup(name) {
      const found = directory.lookup(name);
      if (!answers.has(name)) answers.set(name, found);
      return found;
    },
  };
}

const same = (a: KnownPerson | null, b: KnownPerson | null): boolean =>
  a === b || (a !== null && b !== null && a.name === b.name && a.role === b.role && a.country === b.country);

/** True when the directory, as it is now, gives every answer the parse was given. */
export function sameAnswers(directory: PeopleDirectory, answers: DirectoryAnswers): boolean {
  for (const [name, found] of answers) if (!same(directory.lookup(name), found)) return false;
  return true;
}
