// How fast a desk officer's backlog goes in: imports a few thousand records, generated from the
// text records of the corpus, into a fresh library through the real import path (dispatch →
// library.import → extract → parse → duplicate check → SQLite + FTS), and prints records per
// second and peak memory, the median of several runs, each run in a process of its own. The floor:
// the same files read and their text stored with a plain INSERT in one transaction, no parsing.
//
//   npm run bench:import [-- --records 3000 --runs 3] [--breakdown] [--peer <checkout>]
//   --peer: another checkout of Briefbook (e.g. `git worktree add --detach ../base 3b5d5db`, its
//   node_modules linked or installed) imports the same generated files in the same runs, in turn
//   with this one, so both see the same machine load.
//   npm run bench:import -- --largest     the largest allowed file of each format (bench/import-largest.ts)
//   npm run bench:import -- --one-by-one  one file at a time into an opened library (bench/import-one-by-one.ts)
//
// CPU ms per record is the steadier figure on a busy machine; it includes the import worker's
// start (module loading, compiling the parser's large regular expressions: about a second per
// run), so fewer records read slower. --breakdown also times each step of parsing and storing
// on the main thread, over the same texts (after one warm-up pass), in ms per record.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import type { ImportOutcome } from '../electron/shared/types.ts';
import { backendOf, benchLibrary, type MakeBackend } from './backend.ts';
import { generate } from './generate-records.ts';
import { breakdown } from './import-breakdown.ts';

export { generate } from './generate-records.ts';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RECORDS = arg('records', 3000);
const BREAKDOWN = process.argv.includes('--breakdown');
const RUNS = arg('runs', 3);
const PEER = process.argv.includes('--peer') ? (process.argv[process.argv.indexOf('--peer') + 1] ?? null) : null;

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
  make: MakeBackend,
  warm = false,
): Promise<{ seconds: number; cpuSeconds: number; peakMb: number; imported: number; duplicates: number }> {
  const { backend, dispose } = benchLibrary(make, 'cli');
  try {
    // As the app does when it opens a library: the parse worker started and warmed, before the import.
    if (warm) await backend.ctx.workers.imports.warm(backend.ctx.db);
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
    await dispose();
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

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

type Run = Awaited<ReturnType<typeof briefbookRun>>;

/**
 * One import run in a process of its own, so that neither checkout's runs warm or change the
 * other's (module caches, V8 settings the import worker makes).
 */
function childRun(dir: string, checkout: string | null, warm = false): Run {
  const args = [
    fileURLToPath(import.meta.url),
    '--child',
    dir,
    ...(checkout ? ['--peer', checkout] : []),
    ...(warm ? ['--warm'] : []),
  ];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').at(-1) as string) as Run;
}

async function child(dir: string): Promise<void> {
  const files = readdirSync(dir)
    .sort()
    .map((f) => join(dir, f));
  const run = await briefbookRun(files, await backendOf(PEER), process.argv.includes('--warm'));
  console.log(JSON.stringify(run));
}

const row = (what: string, runs: { seconds: number; cpuSeconds: number; peakMb: number }[]): string => {
  const rate = median(runs.map((r) => RECORDS / r.seconds));
  const cpuMs = median(runs.map((r) => (r.cpuSeconds * 1000) / RECORDS));
  const secs = median(runs.map((r) => r.seconds));
  const mb = median(runs.map((r) => r.peakMb));
  return `${what.padEnd(66)}  ${rate.toFixed(0).padStart(10)}  ${secs.toFixed(2).padStart(8)}  ${cpuMs.toFixed(2).padStart(13)}  ${mb.toFixed(0).padStart(11)}`;
};

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-records-'));
  try {
    const files = generate(work, RECORDS);
    const bytes = readdirSync(work).reduce((sum, f) => sum + readFileSync(join(work, f)).length, 0);
    console.log(
      `Importing ${RECORDS} generated records (${(bytes / 1024 / 1024).toFixed(1)} MB of text), ${RUNS} runs each, median shown.\n`,
    );
    const ours: Run[] = [];
    const warmed: Run[] = [];
    const peer: Run[] = [];
    const floor: Awaited<ReturnType<typeof plainInsertRun>>[] = [];
    for (let run = 0; run < RUNS; run++) {
      floor.push(await plainInsertRun(files));
      if (PEER) peer.push(childRun(work, PEER));
      ours.push(childRun(work, null));
      warmed.push(childRun(work, null, true));
    }
    const rate = (runs: { seconds: number }[]) => median(runs.map((r) => RECORDS / r.seconds));
    console.log(
      `${'what'.padEnd(66)}  ${'records/s'.padStart(10)}  ${'seconds'.padStart(8)}  ${'CPU ms/record'.padStart(13)}  ${'peak RSS MB'.padStart(11)}`,
    );
    console.log(row('Briefbook library.import (extract, parse, dedupe, store, index)', ours));
    console.log(row('the same, after the library opened and warmed the parse worker', warmed));
    if (PEER) console.log(row(`peer: ${PEER}, the same files in the same runs`, peer));
    console.log(row('floor: plain INSERT of the same text (no parsing)', floor));
    console.log(
      `\nratio: Briefbook imports at ${(rate(ours) / rate(floor)).toFixed(3)}× the plain-INSERT floor (${(rate(floor) / rate(ours)).toFixed(1)}× slower).`,
    );
    if (PEER) {
      for (const [what, runs] of [
        ['first import', ours],
        ['after warm-up', warmed],
      ] as const) {
        const each = runs.map((r, i) => (peer[i] as Run).seconds / r.seconds);
        console.log(
          `against the peer, ${what}: ${(rate(runs) / rate(peer)).toFixed(2)}× its records/s (run by run: ${each.map((x) => `${x.toFixed(2)}×`).join(', ')}).`,
        );
      }
    }
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
  else if (process.argv.includes('--one-by-one')) await import('./import-one-by-one.ts');
  else if (process.argv.includes('--child')) await child(process.argv[process.argv.indexOf('--child') + 1] as string);
  else await main();
}
