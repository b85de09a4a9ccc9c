// The topic catalogue that ships with a release: not a numbered migration (it changes with the
// catalogue, not the schema), but run the same way, at open, once per new catalogue version. The
// topics that gained a name or alias are tagged again over the whole library.
import type { DatabaseSync } from 'node:sqlite';
import { catalogueDue, writeCatalogue } from '../../topics/store.ts';
import { retagTopic } from '../../topics/tagging.ts';

export const due = catalogueDue;

export function up(db: DatabaseSync): void {
  for (const topicId of writeCatalogue(db)) retagTopic(db, topicId);
}
