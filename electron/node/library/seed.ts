import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/statements.ts';
import { importFiles } from './import.ts';
import { countRecords } from './records.ts';

/**
 * A first run with an empty library imports the sample records, so a new user sees something real.
 * It happens once per library: a user who later removes them does not get them back.
 */
export function seedSampleRecords(db: Db, samplesDir: string): number {
  const seeded = db.prepare(`SELECT value FROM meta WHERE key = 'seeded'`).get();
  if (seeded || countRecords(db) > 0) return 0;
  let names: string[] = [];
  try {
    names = readdirSync(samplesDir);
  } catch {
    // No samples shipped (or a test that wants an empty library): start empty.
  }
  const files = names
    .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
    .sort()
    .map((f) => join(samplesDir, f));
  const outcomes = importFiles(db, files);
  db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded', ?)`).run(new Date().toISOString());
  return outcomes.filter((o) => o.ok).length;
}
