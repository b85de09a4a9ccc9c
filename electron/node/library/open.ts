import { openDatabase } from '../db/connection.ts';
import type { Db } from '../db/statements.ts';
import { samplesDir } from '../paths.ts';
import { seedSampleRecords } from './seed.ts';

/** Opens a library in a data folder, seeding an empty one with the sample records. */
export function openLibrary(dataDir: string, samples: string = samplesDir()): Db {
  const db = openDatabase(dataDir);
  seedSampleRecords(db, samples);
  return db;
}
