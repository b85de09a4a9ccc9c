import type { Db } from '../db/statements.ts';
import { seedSampleRecords } from '../library/seed.ts';
import { samplesDir } from '../paths.ts';
import { openDatabase } from './connection.ts';

/** Opens a library in a data folder, seeding an empty one with the sample records. */
export function openLibrary(dataDir: string, samples: string = samplesDir()): Db {
  const db = openDatabase(dataDir);
  seedSampleRecords(db, samples);
  return db;
}
