import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase, openDatabaseFile, schemaVersion } from '../../electron/node/open/connection.ts';
import { migrations } from '../../electron/node/open/migrations/index.ts';
import { tempDir } from '../helpers/library.ts';

test('every migration applies in order to an empty database', () => {
  const db = openDatabaseFile(':memory:');
  assert.equal(schemaVersion(db), migrations.at(-1)?.version);
  const tables = (
    db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name`).all() as { name: string }[]
  ).map((t) => t.name);
  for (const t of ['books', 'meta', 'paragraphs', 'points', 'records', 'sections', 'paragraph_index'])
    assert.ok(tables.includes(t), t);
  db.close();
});

test('migrations are numbered 1, 2, 3… without gaps', () => {
  for (const [i, m] of migrations.entries()) assert.equal(m.version, i + 1);
});

test('a library in a data folder uses WAL and survives being reopened', () => {
  const dir = tempDir();
  try {
    const db = openDatabase(dir);
    assert.equal((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode, 'wal');
    db.prepare(`INSERT INTO meta (key, value) VALUES ('x', 'y')`).run();
    db.close();
    const again = openDatabase(join(dir));
    assert.equal((again.prepare(`SELECT value FROM meta WHERE key = 'x'`).get() as { value: string }).value, 'y');
    again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a library written by a newer Briefbook is refused with a clear message', () => {
  const dir = tempDir();
  try {
    const db = openDatabase(dir);
    db.exec('PRAGMA user_version = 999');
    db.close();
    assert.throws(() => openDatabase(dir), /newer version of Briefbook/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
