// npm run bench:search — a library of 20,000 generated meeting records (sentences of the two sample
// records with other ministers, counterparts and dates), stored through storeRecord so that topic
// tagging, sides and the commitment ledger run as on a real import. Prints the import time, the
// database size, and the median and 95th-percentile time of typical queries, against the peer
// named in each row: the same question asked as a plain LIKE scan over the paragraphs.
//
//   npm run bench:search [-- --records 20000 --runs 40] [--keep] [--library DIR]
// --library reuses a library kept by an earlier run (--keep): the import is skipped and only the
// queries are timed, which makes trying a change to a query quick.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listLedger } from '../electron/node/ledger/ledger.ts';
import { parseRecordText } from '../electron/node/library/parse/index.ts';
import type { ParsedRecord } from '../electron/node/library/parse/types.ts';
import { storeRecord } from '../electron/node/library/store-record.ts';
import { DATABASE_FILE, openDatabase } from '../electron/node/open/connection.ts';
import { searchLibrary, searchParagraphs } from '../electron/node/search/search.ts';
import type { SearchFilters } from '../electron/shared/types.ts';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RECORDS = arg('records', 20_000);
const RUNS = arg('runs', 40);

let seed = 7;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)] as T;

// Project names, places and sums vary from record to record, so no two generated records are
// near-duplicates (which the import would rightly refuse) and the index holds a real vocabulary.
const ONSETS = ['b', 'ch', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'ph', 's', 't', 'th', 'tr', 'v', 'y'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ao', 'ua', 'uo', 'ie'];
const CODAS = ['', 'n', 'ng', 'nh', 'm', 'c', 't', 'p'];
const word = () => `${pick(ONSETS)}${pick(VOWELS)}${pick(CODAS)}`;
const SECTORS = [
  'transport',
  'health',
  'energy',
  'education',
  'water',
  'digital',
  'agriculture',
  'fisheries',
  'finance',
  'culture',
];
function detail(): string {
  const place = `${word()} ${word()}`.replace(/^./, (c) => c.toUpperCase());
  return `The ${pick(SECTORS)} project in ${place} (${word()}-${word()} phase ${1 + Math.floor(rand() * 9)}) is worth ${10 + Math.floor(rand() * 990)} million dollars.`;
}

const KOREAN = [
  'Kang Kyung-wha',
  'Chung Eui-yong',
  'Park Jin',
  'Cho Tae-yul',
  'Yoon Byung-se',
  'Lee Tae-ho',
  'Choi Jong-kun',
  'Kim Gunn',
  'Yeo Seung-bae',
];
const COUNTERPARTS: { country: string; names: string[]; agency: string | null }[] = [
  {
    country: 'Viet Nam',
    names: ['Phạm Bình Minh', 'Bùi Thanh Sơn', 'Đỗ Hùng Việt', 'Nguyễn Quốc Dũng', 'Lê Hoài Trung'],
    agency: 'Hanoi (VNA) –',
  },
  { country: 'Thailand', names: ['Don Pramudwinai', 'Parnpree Bahiddha-nukara', 'Maris Sangiampongsa'], agency: null },
  { country: 'Indonesia', names: ['Retno Marsudi', 'Sugiono', 'Mahendra Siregar'], agency: null },
  { country: 'Malaysia', names: ['Saifuddin Abdullah', 'Zambry Abdul Kadir', 'Mohamad Hasan'], agency: null },
  { country: 'Philippines', names: ['Teodoro Locsin', 'Enrique Manalo', 'Theresa Lazaro'], agency: null },
  { country: 'Cambodia', names: ['Prak Sokhonn', 'Sok Chenda Sophea'], agency: null },
  { country: 'Singapore', names: ['Vivian Balakrishnan', 'Maliki Osman'], agency: null },
];

/** Sentences of the sample records with the ministers and the counterpart as placeholders. */
function sentences(): string[] {
  const dir = join(import.meta.dirname, '..', 'assets', 'records');
  const text = ['000_14d4902e11750d46.txt', '003_8efa98ed4426d19f.txt'].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^\s*(?:\d+\.|o)\s+/, '').trim())
    .filter((p) => p.split(/\s+/).length >= 12)
    .flatMap((p) => p.split(/(?<=[.!?])\s+(?=[A-Z])/))
    .filter((s) => s.split(/\s+/).length >= 8)
    .map((s) =>
      s
        .replace(/Minister Kang|Kang, Kyung-wha|Kang/g, '{K}')
        .replace(/Deputy Prime Minister Minh|Prime Minister Minh|Pham Binh Minh|FM Son/g, '{C}')
        .replace(/Viet Nam|Vietnam/g, '{X}'),
    );
}

function generate(i: number, pool: string[]): ParsedRecord {
  const cp = COUNTERPARTS[i % COUNTERPARTS.length] as (typeof COUNTERPARTS)[number];
  const korean = pick(KOREAN);
  const theirs = pick(cp.names);
  const surnameK = korean.split(' ')[0] as string;
  const surnameC = theirs.split(' ').at(-1) as string;
  const year = 2012 + Math.floor(rand() * 13);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 27);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const fromThem = cp.agency !== null && rand() < 0.4;
  const fill = (s: string) =>
    s
      .replaceAll('{K}', rand() < 0.3 ? korean : `Minister ${surnameK}`)
      .replaceAll('{C}', rand() < 0.3 ? theirs : `Minister ${surnameC}`)
      .replaceAll('{X}', cp.country);
  const paragraphs = Array.from({ length: 10 + Math.floor(rand() * 6) }, (_, n) => ({
    label: String(n + 1),
    text: `${Array.from({ length: 1 + Math.floor(rand() * 2) }, () => fill(pick(pool))).join(' ')} ${detail()}`,
  }));
  paragraphs[0] = {
    label: '1',
    text: `${fromThem ? `${cp.agency} ` : ''}Minister of Foreign Affairs ${korean} met Minister of Foreign Affairs of ${cp.country} ${theirs} on ${date} (meeting ${i}).`,
  };
  return {
    title: fromThem ? `${cp.country} – RoK talks, meeting ${i}` : `ROK-${cp.country} Foreign Ministers’ Meeting ${i}`,
    titleDerived: false,
    publisher: fromThem ? 'Vietnam News Agency (VNA)' : 'Ministry of Foreign Affairs, Republic of Korea',
    publishedAt: date,
    meetingDate: date,
    place: null,
    language: 'en',
    participants: [
      { name: korean, role: 'Minister of Foreign Affairs', country: 'Republic of Korea', aliases: [`Minister ${surnameK}`] },
      { name: theirs, role: 'Minister of Foreign Affairs', country: cp.country, aliases: [`Minister ${surnameC}`] },
    ],
    paragraphs,
    dateNotes: [],
    evidence: {},
  };
}

function timeRuns(fn: () => unknown, setup?: () => void): { median: number; p95: number } {
  setup?.();
  fn(); // warm the statement cache and the page cache
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    setup?.();
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)] as number,
    p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] as number,
  };
}

const reuse = process.argv.includes('--library') ? (process.argv[process.argv.indexOf('--library') + 1] as string) : null;
const keep = process.argv.includes('--keep') || reuse !== null;
const dir = reuse ?? mkdtempSync(join(tmpdir(), 'briefbook-bench-search-'));
if (keep) console.log(`library kept in ${dir}`);
try {
  const db = openDatabase(dir);
  const pool = sentences();
  // Parse once so the parser is warm; records are then stored as parsed records.
  parseRecordText(readFileSync(join(import.meta.dirname, '..', 'assets', 'records', '000_14d4902e11750d46.txt'), 'utf8'));
  const started = performance.now();
  let stored = reuse ? (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n : 0;
  for (let i = 0; i < (reuse ? 0 : RECORDS); i++) {
    const { duplicate } = storeRecord(db, generate(i, pool), `bench-${i}.txt`);
    if (!duplicate) stored++;
    if ((i + 1) % 5000 === 0) process.stderr.write(`  stored ${i + 1} records…\n`);
  }
  const importSeconds = (performance.now() - started) / 1000;
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  const size = statSync(join(dir, DATABASE_FILE)).size;
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

  const like =
    (pattern: string, extra = '', args: string[] = []) =>
    () =>
      db
        .prepare(`SELECT p.id FROM paragraphs p JOIN records r ON r.id = p.record_id WHERE p.text LIKE ?${extra}`)
        .all(`%${pattern}%`, ...args);
  const facet: SearchFilters = { country: 'Thailand', from: '2018-01-01', to: '2020-12-31' };
  // A write to the library makes every kept search stale: the first page of a search is timed
  // after one (untimed), as after an import; the next page is timed as "Show more records".
  let touches = 0;
  const touch = () => db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('bench_touch', ?)`).run(String(touches++));
  const queries: { name: string; ours: () => unknown; peer: () => unknown; peerName: string; setup?: () => void }[] = [
    {
      name: 'topic “SCS” (aliases + tags), 100 hits',
      ours: () => searchParagraphs(db, 'SCS', 100),
      peer: like('South China Sea'),
      peerName: 'LIKE %South China Sea%',
    },
    {
      name: 'name without diacritics “pham binh minh”',
      ours: () => searchParagraphs(db, 'pham binh minh', 100),
      peer: like('Phạm Bình Minh'),
      peerName: 'LIKE %Phạm Bình Minh%',
    },
    {
      name: 'phrase “"social security agreement"”',
      ours: () => searchParagraphs(db, '"social security agreement"', 100),
      peer: like('social security agreement'),
      peerName: 'LIKE %social security agreement%',
    },
    {
      name: 'facet: “vaccine”, Thailand, 2018–2020',
      ours: () => searchParagraphs(db, 'vaccine', 100, facet),
      peer: like(
        'vaccine',
        ` AND r.id IN (SELECT record_id FROM record_countries WHERE country = 'Thailand') AND r.meeting_date BETWEEN '2018-01-01' AND '2020-12-31'`,
      ),
      peerName: 'LIKE + same filters',
    },
    {
      name: 'grouped with facets: “New Southern Policy”',
      ours: () => searchLibrary(db, 'New Southern Policy', { limit: 50 }),
      peer: like('New Southern Policy'),
      peerName: 'LIKE %New Southern Policy%',
      setup: touch,
    },
    {
      name: '  its next page (Show more records)',
      ours: () => searchLibrary(db, 'New Southern Policy', { limit: 50, offset: 50 }),
      peer: like('New Southern Policy'),
      peerName: 'LIKE %New Southern Policy%',
    },
    {
      name: 'grouped with facets: “cooperation” (20,000+)',
      ours: () => searchLibrary(db, 'cooperation', { limit: 50 }),
      peer: like('cooperation'),
      peerName: 'LIKE %cooperation%',
      setup: touch,
    },
    {
      name: 'ledger for one counterpart (newest 1,000)',
      ours: () => listLedger(db, { counterpart: 'Cambodia', limit: 1000 }).length,
      peer: () => db.prepare(`SELECT * FROM paragraphs WHERE text LIKE '%agreed to%'`).all(),
      peerName: 'LIKE %agreed to%',
    },
  ];

  console.log(
    `\nbench:search — ${stored.toLocaleString('en')} records stored (${count('SELECT count(*) AS n FROM paragraphs').toLocaleString('en')} paragraphs, ${count('SELECT count(*) AS n FROM paragraph_topics').toLocaleString('en')} topic tags, ${count('SELECT count(*) AS n FROM commitments').toLocaleString('en')} commitments, ${count('SELECT count(*) AS n FROM commitments WHERE previous_id IS NOT NULL').toLocaleString('en')} linked)`,
  );
  console.log(
    reuse
      ? `import: skipped (library reused from ${dir}), database ${(size / 1024 / 1024).toFixed(1)} MB`
      : `import: ${importSeconds.toFixed(1)} s (${(stored / importSeconds).toFixed(0)} records/s), database ${(size / 1024 / 1024).toFixed(1)} MB`,
  );
  console.log(`queries: median and 95th percentile of ${RUNS} runs each\n`);
  const rows = [['query', 'median ms', 'p95 ms', 'peer', 'peer median ms', 'peer / ours']];
  for (const q of queries) {
    const ours = timeRuns(q.ours, q.setup);
    const peer = timeRuns(q.peer);
    rows.push([
      q.name,
      ours.median.toFixed(2),
      ours.p95.toFixed(2),
      q.peerName,
      peer.median.toFixed(1),
      `${(peer.median / ours.median).toFixed(0)}×`,
    ]);
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length))) ?? [];
  for (const [i, r] of rows.entries()) {
    console.log(
      r.map((cell, c) => (c === 0 || c === 3 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('  '),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  db.prepare(`DELETE FROM meta WHERE key = 'bench_touch'`).run();
  db.close();
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
