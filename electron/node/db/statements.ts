// Prepared statements, cached per connection, and transactions. Their own module, below
// connection.ts, so that the code the migrations run (the back-fills) can use them without an
// import cycle: library code imports these and the type Db from here, never connection.ts (which
// imports the migrations, which import library code).
import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** The library's SQLite connection. */
export type Db = DatabaseSync;

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

/** Runs fn inside one write transaction: all of it lands, or none of it. Inside another, it is part of that one. */
export function transaction<T>(db: DatabaseSync, fn: () => T): T {
  if (db.isTransaction) return fn();
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
