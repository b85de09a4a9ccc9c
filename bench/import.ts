// How fast a desk officer's backlog goes in: imports a few thousand records, generated from the
// text records of the corpus, into a fresh library through the real import path (dispatch →
// library.import → extract → parse → duplicate check → SQLite + FTS), and prints records per
// second and peak memory, the median of several runs. The peer is the floor: the same files read
// and their text stored with a plain INSERT in one transaction, no parsing, no index.
//
//   npm run bench:import [-- --records 3000 --runs 3] [--breakdown]
//   npm run bench:import -- --largest     the largest allowed file of each format (bench/import-largest.ts)
//
// CPU ms per record is the steadier figure on a busy machine; it includes the import worker's
// start (module loading, compiling the parser's large regular expressions: about a second per
// run), so fewer records read slower. --breakdown also times each step of parsing and storing
// on the main thread, over the same texts (after one warm-up pass), in ms per record.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { recordCommitments } from '../electron/node/ledger/ledger.ts';
import { dateReader, meetingDateCandidates } from '../electron/node/library/parse/dates.ts';
import { resolveField } from '../electron/node/library/parse/evidence.ts';
import { readHeader } from '../electron/node/library/parse/header.ts';
import { parseRecordText } from '../electron/node/library/parse/index.ts';
import { detectLanguage } from '../electron/node/library/parse/language.ts';
import { labelParagraphs, splitParagraphs } from '../electron/node/library/parse/paragraphs.ts';
import { reportsMeeting } from '../electron/node/library/parse/participants/meeting.ts';
import { findParticipants, hostCountryOf } from '../electron/node/library/parse/participants.ts';
import { findPlace } from '../electron/node/library/parse/place.ts';
import { extractPublisher, governmentCountry } from '../electron/node/library/parse/publisher.ts';
import type { ParsedRecord } from '../electron/node/library/parse/types.ts';
import { getRecord } from '../electron/node/library/records.ts';
import { paragraphSource, recordSide } from '../electron/node/library/sides.ts';
import { storeRecord } from '../electron/node/library/store-record.ts';
import { openDatabase, transaction } from '../electron/node/open/connection.ts';
import { peopleDirectory } from '../electron/node/people/directory.ts';
import { learnFromRecord } from '../electron/node/people/learn.ts';
import { createBackend } from '../electron/node/rpc/backend.ts';
import { topicMatcher } from '../electron/node/topics/store.ts';
import type { ImportOutcome } from '../electron/shared/types.ts';
import { corpusDir, loadManifest } from '../scripts/eval-import.ts';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RECORDS = arg('records', 3000);
const BREAKDOWN = process.argv.includes('--breakdown');
const RUNS = arg('runs', 3);

const GIVEN = [
  'Minh',
  'Kang',
  'Son',
  'Park',
  'Lee',
  'Nguyen',
  'Tran',
  'Kim',
  'Choi',
  'Pham',
  'Hoang',
  'Vu',
  'Yoon',
  'Jung',
  'Le',
  'Do',
];
const FAMILY = ['Thanh', 'Kyung', 'Van', 'Ji', 'Hoa', 'Min', 'Duc', 'Eun', 'Quang', 'Seo', 'Anh', 'Hyun'];

/** Text records of the corpus, split into title and paragraphs. */
function bases(): { title: string; paragraphs: string[]; names: string[] }[] {
  return loadManifest()
    .filter((m) => /\.(txt|md)$/.test(m.file))
    .map((m) => {
      const text = readFileSync(resolve(corpusDir, m.file), 'utf8');
      const paragraphs = text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p.split(/\s+/).length >= 8);
      const names = m.participants.map((p) => p.name).filter((n): n is string => n !== null && /^[\p{L} .-]+$/u.test(n));
      return { title: m.title ?? 'Meeting of Foreign Ministers', paragraphs, names };
    })
    .filter((b) => b.paragraphs.length >= 2);
}

/**
 * Record i: the opening of one corpus record and three paragraphs drawn from the others by a
 * hash of i, participants renamed and dates moved, so generated records are not duplicates.
 */
export function generate(dir: string, n: number): string[] {
  const pool = bases();
  const allParagraphs = pool.flatMap((b) => b.paragraphs.slice(1));
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = pool[i % pool.length] as (typeof pool)[number];
    const b = pool[(i * 7 + 3) % pool.length] as (typeof pool)[number];
    // Three paragraphs drawn from the whole corpus by a hash of i, in that order.
    const rest: string[] = [];
    for (let k = 0; rest.length < 3 && k < 12; k++) {
      const h = Math.imul(i + 1, 2654435761) ^ Math.imul(k + 1, 40503);
      const p = allParagraphs[(h >>> 0) % allParagraphs.length] as string;
      if (!rest.includes(p) && p !== a.paragraphs[0]) rest.push(p);
    }
    const person = `${GIVEN[i % GIVEN.length]} ${FAMILY[(i >> 4) % FAMILY.length]} ${GIVEN[(i >> 2) % GIVEN.length]}${i}`;
    const rename = (s: string): string =>
      [...a.names, ...b.names]
        .reduce((t, name) => t.split(name).join(person), s)
        .replace(/\b(19|20)\d\d\b/g, String(2000 + (i % 25)))
        .replace(
          /\b([12]?\d)(?=\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g,
          String((i % 28) + 1),
        );
    const text = [
      `${a.title} (${i + 1})`,
      '',
      `Date : ${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      '',
      ...[a.paragraphs[0] as string, ...rest].map((p) => `${rename(p)}\n`),
    ].join('\n');
    const file = join(dir, `record-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

/**
 * Runs fn while sampling the resident set size; returns its result, the time, the CPU time of the
 * whole process (the import worker's thread included: steadier than wall time on a busy machine)
 * and the peak RSS.
 */
async function measure<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    const used = process.cpuUsage(cpu);
    return {
      value,
      seconds: (performance.now() - start) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      peakMb: peak / 1024 / 1024,
    };
  } finally {
    clearInterval(timer);
  }
}

async function briefbookRun(
  files: string[],
): Promise<{ seconds: number; cpuSeconds: number; peakMb: number; imported: number; duplicates: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const backend = createBackend({
    dataDir: dir,
    host: 'cli',
    version: 'bench',
    platform: { chooseExportTarget: async () => null },
    samplesDir: join(dir, 'none'),
  });
  try {
    const r = await measure(async () => {
      const result = await backend.dispatch('library.import', { paths: files });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as ImportOutcome[];
    });
    const failed = r.value.filter((o) => !o.ok);
    if (failed.length > 0) throw new Error(`${failed.length} generated records failed to import: ${JSON.stringify(failed[0])}`);
    return {
      seconds: r.seconds,
      cpuSeconds: r.cpuSeconds,
      peakMb: r.peakMb,
      imported: r.value.filter((o) => o.ok && !o.duplicate).length,
      duplicates: r.value.filter((o) => o.ok && o.duplicate).length,
    };
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function plainInsertRun(files: string[]): Promise<{ seconds: number; cpuSeconds: number; peakMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-insert-'));
  const db = new DatabaseSync(join(dir, 'plain.sqlite'));
  db.exec('PRAGMA journal_mode = WAL; CREATE TABLE records (id INTEGER PRIMARY KEY, name TEXT, text TEXT)');
  try {
    const r = await measure(async () => {
      const insert = db.prepare('INSERT INTO records (name, text) VALUES (?, ?)');
      db.exec('BEGIN');
      for (const f of files) insert.run(f, readFileSync(f, 'utf8'));
      db.exec('COMMIT');
    });
    return { seconds: r.seconds, cpuSeconds: r.cpuSeconds, peakMb: r.peakMb };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Each step's cost, in ms per record: the steps of parseRecordText called one by one as it calls
 * them (header, paragraphs and publisher, dates, place, language, participants), then storing
 * into a library on this thread, and the store's steps run again on the stored records (topics,
 * people directory, ledger). A warm-up pass over the texts comes first, so compiling is not counted.
 */
function breakdown(files: string[]): void {
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'bench-breakdown-'));
  const db = openDatabase(dir);
  const t: Record<string, number> = {};
  const time = <T>(what: string, fn: () => T): T => {
    const start = performance.now();
    const value = fn();
    t[what] = (t[what] ?? 0) + performance.now() - start;
    return value;
  };
  try {
    for (const text of texts.slice(0, 100)) parseRecordText(text, { directory: peopleDirectory(db) });
    const parsed: ParsedRecord[] = [];
    for (const text of texts) {
      const dates = dateReader();
      const header = time('parse: header (chrome, bylines, title)', () => readHeader(text, {}, dates));
      const { paragraphs, publisher, datelinePlace } = time('parse: paragraphs and publisher', () => {
        const p = extractPublisher(splitParagraphs(header.lines));
        return {
          paragraphs: labelParagraphs(p.paragraphs).map((x) => x.text),
          publisher: p.publisher,
          datelinePlace: p.datelinePlace,
        };
      });
      const publishedAt = resolveField('publishedAt', header.candidates);
      const head = text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .slice(0, 12);
      time('parse: meeting date', () =>
        reportsMeeting(paragraphs) ? meetingDateCandidates(paragraphs, publishedAt.value, publishedAt.why, head, dates) : [],
      );
      const place = time('parse: place', () => findPlace(paragraphs, { title: null, dateline: datelinePlace, head, dates }));
      time('parse: language', () => detectLanguage(paragraphs.join('\n')));
      time('parse: participants', () =>
        findParticipants(paragraphs, {
          publisherCountry: governmentCountry(publisher),
          hostCountry: hostCountryOf(place?.place ?? null),
          directory: peopleDirectory(db),
        }),
      );
      parsed.push(time('parse: all of parseRecordText', () => parseRecordText(text, { directory: peopleDirectory(db) })));
    }
    // One transaction, as the import worker commits many records at once.
    const ids = transaction(db, () =>
      parsed.map(
        (p, i) => time('store: all of storeRecord (with the steps below)', () => storeRecord(db, p, `record-${i}.txt`)).record.id,
      ),
    );
    const matcher = topicMatcher(db);
    transaction(db, () => {
      for (const id of ids) {
        const record = getRecord(db, id);
        const side = recordSide(record);
        time('store: topics of each paragraph', () => {
          for (const p of record.paragraphs) matcher.find(p.text, paragraphSource(p.text, record.participants, side));
        });
        time('store: people directory (learnFromRecord)', () => learnFromRecord(db, record));
        time('store: ledger (recordCommitments)', () => recordCommitments(db, record, record.meetingDate ?? record.publishedAt));
      }
    });
    console.log('\nSteps, ms per record (main thread, after a warm-up pass):');
    for (const [what, ms] of Object.entries(t)) console.log(`  ${what.padEnd(52)} ${(ms / texts.length).toFixed(3).padStart(7)}`);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-records-'));
  try {
    const files = generate(work, RECORDS);
    const bytes = readdirSync(work).reduce((sum, f) => sum + readFileSync(join(work, f)).length, 0);
    console.log(
      `Importing ${RECORDS} generated records (${(bytes / 1024 / 1024).toFixed(1)} MB of text), ${RUNS} runs each, median shown.\n`,
    );
    const ours: Awaited<ReturnType<typeof briefbookRun>>[] = [];
    const floor: Awaited<ReturnType<typeof plainInsertRun>>[] = [];
    for (let run = 0; run < RUNS; run++) {
      floor.push(await plainInsertRun(files));
      ours.push(await briefbookRun(files));
    }
    const oursRate = median(ours.map((r) => RECORDS / r.seconds));
    const floorRate = median(floor.map((r) => RECORDS / r.seconds));
    const rows = [
      [
        'Briefbook library.import (extract, parse, dedupe, store, index)',
        oursRate,
        median(ours.map((r) => r.seconds)),
        median(ours.map((r) => (r.cpuSeconds * 1000) / RECORDS)),
        median(ours.map((r) => r.peakMb)),
      ],
      [
        'peer: plain INSERT of the same text (no parsing), the floor',
        floorRate,
        median(floor.map((r) => r.seconds)),
        median(floor.map((r) => (r.cpuSeconds * 1000) / RECORDS)),
        median(floor.map((r) => r.peakMb)),
      ],
    ] as const;
    console.log(
      `${'what'.padEnd(66)}  ${'records/s'.padStart(10)}  ${'seconds'.padStart(8)}  ${'CPU ms/record'.padStart(13)}  ${'peak RSS MB'.padStart(11)}`,
    );
    for (const [what, rate, secs, cpuMs, mb] of rows)
      console.log(
        `${what.padEnd(66)}  ${rate.toFixed(0).padStart(10)}  ${secs.toFixed(2).padStart(8)}  ${cpuMs.toFixed(2).padStart(13)}  ${mb.toFixed(0).padStart(11)}`,
      );
    console.log(
      `\nratio: Briefbook imports at ${(oursRate / floorRate).toFixed(3)}× the plain-INSERT floor (${(floorRate / oursRate).toFixed(1)}× slower).`,
    );
    const last = ours.at(-1);
    console.log(`new records per run: ${last?.imported}; recognised as duplicates: ${last?.duplicates}.`);
    if (BREAKDOWN) breakdown(files);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Run as a script; other scripts (profiling) import generate() without running the benchmark.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--largest')) await import('./import-largest.ts');
  else await main();
}
