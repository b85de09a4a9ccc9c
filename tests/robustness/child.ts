// Runs one import (or one .briefbook open) in a process of its own and prints, as one JSON line,
// how it went, how long it took and the process's peak memory, with the library's counts before
// and after: a hostile file's cost is measured on its own, not mixed with the test runner's.
//   node tests/robustness/child.ts <import|book> <dataDir> <file>

import { openBookPath } from '../../electron/node/books/share.ts';
import { importFile } from '../../electron/node/library/import.ts';
import type { Db } from '../../electron/node/open/connection.ts';
import { openLibrary } from '../../electron/node/open/library.ts';

export type ChildReport = {
  ok: boolean;
  code: string | null;
  message: string | null;
  title: string | null;
  paragraphs: number;
  warnings: string[];
  ms: number;
  /** Processor time the import used (user and system), what the bound is held to: wall time on a shared machine is its neighbours' too. */
  cpuMs: number;
  peakMB: number;
  before: Counts;
  after: Counts;
};
type Counts = { records: number; paragraphs: number; books: number };

const [kind, dataDir, file] = process.argv.slice(2) as [string, string, string];

function counts(db: Db): Counts {
  return db
    .prepare(
      'SELECT (SELECT count(*) FROM records) AS records, (SELECT count(*) FROM paragraphs) AS paragraphs, (SELECT count(*) FROM books) AS books',
    )
    .get() as Counts;
}

const db = openLibrary(dataDir, `${dataDir}/no-samples`);
const before = counts(db);
const started = performance.now();
const cpuBefore = process.cpuUsage();
const report: Partial<ChildReport> = { ok: false, code: null, message: null, title: null, paragraphs: 0, warnings: [] };
try {
  if (kind === 'book') {
    const opened = await openBookPath(db, file);
    Object.assign(report, { ok: true, title: opened.book.title });
  } else {
    const stored = (await importFile(db, file)) as Awaited<ReturnType<typeof importFile>> & { warnings?: string[] };
    const n = db.prepare('SELECT count(*) AS n FROM paragraphs WHERE record_id = ?').get(stored.record.id) as { n: number };
    Object.assign(report, { ok: true, title: stored.record.title, paragraphs: n.n, warnings: stored.warnings ?? [] });
  }
} catch (error) {
  const e = error as { code?: string; message?: string };
  Object.assign(report, { code: e.code ?? 'THROWN', message: e.message ?? String(error) });
}
report.ms = Math.round(performance.now() - started);
const cpu = process.cpuUsage(cpuBefore);
report.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
report.peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
report.before = before;
report.after = counts(db);
db.close();
process.stdout.write(`${JSON.stringify(report)}\n`);
