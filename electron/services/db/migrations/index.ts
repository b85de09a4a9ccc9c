import { sql as library } from './001_library.ts';
import { sql as books } from './002_books.ts';
import { sql as pointKindMarking } from './003_point_kind_marking.ts';

/** Numbered migrations, applied in order; PRAGMA user_version records how many have run. */
export const migrations: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'library', sql: library },
  { version: 2, name: 'books', sql: books },
  { version: 3, name: 'point kind and marking', sql: pointKindMarking },
];
