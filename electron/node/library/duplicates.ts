// Recognises a record already in the library even when it arrives in another format: a saved
// web page and the same text pasted, a PDF and its Word copy. Formats differ in quotes, dashes,
// bullets, line breaks and whether the title is repeated as a paragraph, so two checks:
//  1. a hash of the record's letters and digits only (diacritics and case folded): formatting
//     differences vanish, the words must be the same;
//  2. near-duplicates: MinHash over word 3-shingles, with LSH bands in an indexed table so a
//     new record is compared only with the few records that share a band, never with all.
// Threshold: an estimated Jaccard similarity of 0.8 or more. Measured on the corpus, the same
// record in two formats scores ≥ 0.9 (the page title or a credit line is the usual difference),
// while two different readouts of the same pair of ministers score below 0.3.

import { createHash } from 'node:crypto';
import { foldCompatible } from '../../shared/fold.ts';
import type { Db } from '../db/statements.ts';
import { statement } from '../db/statements.ts';

const PERMUTATIONS = 64;
const ROWS_PER_BAND = 4;
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

/** Words of the text: letters and digits only, lower case, no diacritics, đ → d. */
export function foldedWords(paragraphs: readonly string[]): string[] {
  return foldCompatible(paragraphs.join(' '))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

export function lettersHash(words: readonly string[]): string {
  return createHash('sha256').update(words.join('')).digest('hex');
}

/** FNV-1a over a string, 32 bits. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Fixed odd multipliers and offsets so signatures are the same on every run and machine.
const SEEDS = Array.from({ length: PERMUTATIONS }, (_, i) => ({ a: (fnv(`a${i}`) | 1) >>> 0, b: fnv(`b${i}`) }));

/** MinHash signature of the word 3-shingles (single words for very short texts). */
export function signature(words: readonly string[]): number[] {
  const n = words.length >= 3 ? 3 : 1;
  const shingles = new Set<number>();
  for (let i = 0; i + n <= words.length; i++) shingles.add(fnv(words.slice(i, i + n).join(' ')));
  const sig = new Array<number>(PERMUTATIONS).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < PERMUTATIONS; k++) {
      const seed = SEEDS[k] as { a: number; b: number };
      const v = (Math.imul(s ^ seed.b, seed.a) ^ (s >>> 13)) >>> 0;
      if (v < (sig[k] as number)) sig[k] = v;
    }
  }
  return sig;
}

export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let k = 0; k < PERMUTATIONS; k++) if (a[k] === b[k]) same++;
  return same / PERMUTATIONS;
}

function bands(sig: readonly number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < PERMUTATIONS; i += ROWS_PER_BAND)
    out.push(`${i / ROWS_PER_BAND}:${sig.slice(i, i + ROWS_PER_BAND).join('.')}`);
  return out;
}

export type Fingerprint = { lettersHash: string; signature: number[] };

export function fingerprint(paragraphs: readonly string[]): Fingerprint {
  const words = foldedWords(paragraphs);
  return { lettersHash: lettersHash(words), signature: signature(words) };
}

/** The id of a record in the library with the same words, or nearly the same; null when none. */
export function findDuplicate(db: Db, fp: Fingerprint): string | null {
  const exact = statement(db, 'SELECT record_id FROM record_fingerprints WHERE letters_hash = ?').get(fp.lettersHash) as
    | { record_id: string }
    | undefined;
  if (exact) return exact.record_id;
  const keys = bands(fp.signature);
  const candidates = db
    // A near-duplicate shares most bands, so only the records sharing the most are compared:
    // records that merely share boilerplate stay out of the comparison however many there are.
    .prepare(
      `SELECT f.record_id, f.signature FROM (
         SELECT record_id, count(*) AS shared FROM record_fingerprint_bands WHERE band IN (${keys.map(() => '?').join(',')})
         GROUP BY record_id ORDER BY shared DESC LIMIT 8
       ) c JOIN record_fingerprints f ON f.record_id = c.record_id`,
    )
    .all(...keys) as { record_id: string; signature: string }[];
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    const score = similarity(fp.signature, JSON.parse(c.signature) as number[]);
    if (score >= NEAR_DUPLICATE_SIMILARITY && (best === null || score > best.score)) best = { id: c.record_id, score };
  }
  return best?.id ?? null;
}

/** Stores a record's fingerprint; call inside the transaction that stores the record. */
export function storeFingerprint(db: Db, recordId: string, fp: Fingerprint): void {
  // The bands table has no index on record_id, so its DELETE scans every band of the library:
  // run it only when the record really had a fingerprint (never for a newly imported record).
  const had = statement(db, 'SELECT 1 FROM record_fingerprints WHERE record_id = ?').get(recordId) !== undefined;
  statement(db, 'INSERT OR REPLACE INTO record_fingerprints (record_id, letters_hash, signature) VALUES (?, ?, ?)').run(
    recordId,
    fp.lettersHash,
    JSON.stringify(fp.signature),
  );
  if (had) statement(db, 'DELETE FROM record_fingerprint_bands WHERE record_id = ?').run(recordId);
  const insert = statement(db, 'INSERT INTO record_fingerprint_bands (band, record_id) VALUES (?, ?)');
  for (const band of bands(fp.signature)) insert.run(band, recordId);
}
