// Prepared statements, cached per connection. Its own module, below connection.ts, so that code
// the migrations run (the people directory's back-fill) can use it without an import cycle.
import type { DatabaseSync, StatementSync } from 'node:sqlite';

const statements = new WeakMap<DatabaseSync, Map<string, StatementSync>>();
/**
 * A statement compiled once per connection: the import runs the same few dozen statements for
 * every record, and compiling them again each time cost more than running them.
 */
export function statement(db: DatabaseSync, sql: string): StatementSync {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let st = cache.get(sql);
  if (!st) {
    st = db.prepare(sql);
    cache.set(sql, st);
  }
  return st;
}
