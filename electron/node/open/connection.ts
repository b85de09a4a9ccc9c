import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { BriefbookError } from '../../shared/errors.ts';
import { type Db, transaction } from '../db/statements.ts';
import { migrations, refreshes } from './migrations/index.ts';
import { registerRecordListeners } from './record-listeners.ts';

export type { Db } from '../db/statements.ts';

export const DATABASE_FILE = 'library.sqlite';

export { statement, transaction } from '../db/statements.ts';

/** Opens (creating if needed) the library database in a data folder and brings its schema up to date. */
export function openDatabase(dataDir: string): Db {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (cause) {
    throw new BriefbookError('BAD_INPUT', `Briefbook cannot create its data folder ${dataDir}: ${(cause as Error).message}`);
  }
  const db = openDatabaseFile(join(dataDir, DATABASE_FILE));
  return db;
}

/**
 * How long a write waits for another connection's write (the import worker, the command line, a
 * second window) before it fails. Their transactions last milliseconds; this is for a slow disk.
 */
export const BUSY_TIMEOUT_MS = 5000;

export function openDatabaseFile(file: string, opts: { busyTimeoutMs?: number } = {}): Db {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { timeout: opts.busyTimeoutMs ?? BUSY_TIMEOUT_MS });
    if (file !== ':memory:') db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA synchronous = NORMAL');
  } catch (cause) {
    throw new BriefbookError('INTERNAL', `Briefbook cannot open its library at ${file}: ${(cause as Error).message}`);
  }
  registerRecordListeners();
  migrate(db);
  return db;
}

export function schemaVersion(db: Db): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

/**
 * Applies every migration newer than the database, each in its own transaction (back-fills
 * included, so an upgraded library is complete when it opens), then the refreshes that are due
 * (the shipped topic catalogue of a newer release).
 */
export function migrate(db: Db): void {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new BriefbookError(
      'INTERNAL',
      `This library was written by a newer version of Briefbook (schema ${current}); please update Briefbook to open it.`,
    );
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    transaction(db, () => {
      // Another connection (the import worker, the command line) may have run it while this one waited.
      if (schemaVersion(db) >= m.version) return;
      m.up(db);
      db.exec(`PRAGMA user_version = ${m.version}`);
    });
  }
  for (const r of refreshes) {
    if (!r.due(db)) continue;
    transaction(db, () => {
      if (r.due(db)) r.up(db);
    });
  }
}
