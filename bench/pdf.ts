// npm run bench:pdf — briefing books of about 10, 100 and 1,000 pages from generated, realistic content,
// exported by Briefbook the way the app does (exportBookPdf: the export worker, cold and then warm) and, as
// the peer, printed by Chromium (page.pdf with header and footer templates) from the same content. Prints
// median times, peak memory, sizes, the ratios and where Briefbook's time goes.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_LAUNCH } from '../e2e/chromium.ts';
import { exportBookPdf, stopPdfWorker, warmPdfWorker } from '../electron/node/pdf/index.ts';
import type { Book, Citation, RecordDetail, Section, TalkingPoint } from '../electron/shared/types.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WARM = Number(process.env.BENCH_WARM ?? 2);
const SIZES = [
  { label: '~10 pages', points: 40 },
  { label: '~100 pages', points: 400 },
  { label: '~1,000 pages', points: 4000 },
];

// A deterministic generator: a vocabulary of tens of thousands of distinct words, Vietnamese and Korean names.
let seed = 42;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)] as T;
const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'st',
  'tr',
  'pr',
  'cl',
  'gr',
  'sh',
  'th',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io'];
const CODAS = ['', 'n', 'r', 's', 'l', 'nt', 'st', 'rd', 'ck', 'tion', 'ment', 'ing'];
const VOCAB: string[] = [];
{
  const seen = new Set<string>();
  while (VOCAB.length < 30_000) {
    const n = 1 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += pick(ONSETS) + pick(VOWELS) + (i === n - 1 ? pick(CODAS) : '');
    if (!seen.has(w)) {
      seen.add(w);
      VOCAB.push(w);
    }
  }
}
const VI = [
  'Phạm Bình Minh',
  'Bùi Thanh Sơn',
  'Nguyễn Minh Vũ',
  'Đặng Hoàng Giang',
  'Lê Hoài Trung',
  'Trần Quốc Vượng',
  'Đà Nẵng',
  'Hải Phòng',
  'Quảng Ninh',
  'Cần Thơ',
];
const KO = ['강경화', '정의용', '최종건', '외교부', '서울', '부산', '인천', '한-베트남 관계', '박진', '조태열'];
function sentence(): string {
  const n = 14 + Math.floor(rand() * 18);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    words.push(r < 0.06 ? pick(VI) : r < 0.1 ? pick(KO) : pick(VOCAB));
  }
  const s = words.join(' ');
  return `${s[0]?.toUpperCase()}${s.slice(1)}.`;
}
const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(' ');

/** A book of `points` talking points; the same `bookSeed` gives the same book (for Briefbook and Chromium alike). */
export function makeBook(points: number, bookSeed = 1): { book: Book; records: RecordDetail[] } {
  seed = 1000 + bookSeed;
  const records: RecordDetail[] = Array.from({ length: Math.max(2, Math.round(points / 40)) }, (_, i) => ({
    id: `r${i}`,
    title: `Meeting record ${i + 1}: ${pick(VI)} and ${pick(KO)}`,
    publisher: 'Ministry of Foreign Affairs',
    publishedAt: '2020-09-22',
    meetingDate: '2020-09-18',
    place: 'Hà Nội',
    language: 'en',
    paragraphCount: 8,
    sourceName: null,
    importedAt: '2024-01-01T00:00:00Z',
    participants: [],
    dateNotes: [],
    usedParagraphIds: [],
    paragraphs: Array.from({ length: 8 }, (_, k) => ({
      id: `r${i}:${k + 1}`,
      recordId: `r${i}`,
      label: String(k + 1),
      ordinal: k,
      text: paragraph(),
    })),
  }));
  const sections: Section[] = [];
  for (let s = 0; s * 25 < points; s++) {
    const pts: TalkingPoint[] = [];
    for (let k = 0; k < 25 && s * 25 + k < points; k++) {
      const r = records[(s * 25 + k) % records.length] as RecordDetail;
      const p = r.paragraphs[k % 8] as RecordDetail['paragraphs'][number];
      const citation: Citation = {
        recordId: r.id,
        paragraphId: p.id,
        label: p.label,
        recordTitle: r.title,
        publishedAt: r.publishedAt,
        sourceText: p.text,
      };
      pts.push({
        id: `p${s}-${k}`,
        sectionId: `s${s}`,
        ordinal: k,
        text: paragraph(),
        kind: 'talking-point',
        marking: null,
        citation,
      });
    }
    sections.push({
      id: `s${s}`,
      bookId: 'b',
      key: 'talking-points',
      title: `Topic ${s + 1}: ${pick(VOCAB)} ${pick(VI)}`,
      ordinal: s,
      points: pts,
    });
  }
  const book: Book = {
    id: 'b',
    title: 'Visit of the Foreign Minister of Viet Nam',
    meeting: 'Bilateral meeting',
    meetingDate: '2020-09-18',
    place: 'Seoul',
    principal: 'Minister',
    counterpart: 'Phạm Bình Minh',
    preparedBy: 'Viet Nam Desk',
    classification: 'RESTRICTED',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    sections,
  };
  return { book, records };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function html({ book, records }: { book: Book; records: RecordDetail[] }): string {
  const body = book.sections
    .map(
      (s, si) =>
        `<h2>${si + 1}. ${esc(s.title)}</h2>${s.points
          .map(
            (p, pi) =>
              `<div class="pt"><b>${si + 1}.${pi + 1}</b><p>${esc(p.text)}<br><small>Source: ${esc(p.citation?.recordTitle ?? '')}, para ${p.citation?.label}</small></p></div>`,
          )
          .join('')}`,
    )
    .join('');
  const annex = records
    .map(
      (r, i) =>
        `<h2>A.${i + 1} ${esc(r.title)}</h2>${r.paragraphs.map((p) => `<p><b>${p.label}</b> ${esc(p.text)}</p>`).join('')}`,
    )
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body{font-family:'Noto Sans','Noto Sans CJK KR',sans-serif;font-size:10.5pt;line-height:1.45}
  h2{color:#1f3a5a;break-after:avoid} .pt{display:flex;gap:12pt;break-inside:avoid} .pt b{min-width:28pt;color:#1f3a5a} p{margin:0 0 8pt;orphans:2;widows:2}
  small{color:#596170}</style></head><body><h1>${esc(book.title)}</h1>${body}<h1>Annex</h1>${annex}</body></html>`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

type Run = { ms: number; layoutMs: number; writeMs: number; pages: number; bytes: number };
type ChildResult = { cold: Run; warm: Run[]; coldRssMb: number; rssMb: number; prewarmedMs: number };

/** One app session in a fresh process: the first export (cold: worker start, pdfkit, fonts) then warm ones. */
async function child(points: number, dir: string): Promise<void> {
  const once = async (bookSeed: number): Promise<Run> => {
    const content = makeBook(points, bookSeed);
    const out = path.join(dir, `ours-${points}-${process.pid}-${bookSeed}.pdf`);
    let writeAt = 0;
    const t0 = performance.now();
    const res = await exportBookPdf({ ...content, generatedAt: '2020-09-25T08:30:00Z' }, out, {
      onProgress: (p) => {
        if (p.stage === 'write' && p.done === 0) writeAt = performance.now();
      },
    });
    const t1 = performance.now();
    rmSync(out, { force: true });
    return { ms: t1 - t0, layoutMs: writeAt - t0, writeMs: t1 - writeAt, pages: res.pages, bytes: res.bytes };
  };
  // The cold export prints the book Chromium prints; warm exports are other books of the same size.
  const cold = await once(1);
  const coldRssMb = process.resourceUsage().maxRSS / 1024;
  const warm: Run[] = [];
  for (let i = 0; i < WARM; i++) warm.push(await once(2 + i));
  await stopPdfWorker();
  // Shaped words outlive the worker's restart only in that worker: a new one starts from scratch.
  const rssMb = process.resourceUsage().maxRSS / 1024;
  // The app can warm the worker before the first export (warmPdfWorker, e.g. when a book is opened):
  // a new worker, warmed, then the first export of the cold book.
  await warmPdfWorker();
  const prewarmedMs = (await once(1)).ms;
  await stopPdfWorker();
  const result: ChildResult = { cold, warm, coldRssMb, rssMb, prewarmedMs };
  process.stdout.write(JSON.stringify(result));
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

async function main(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-bench-'));
  const rows: string[] = [];
  const phases: string[] = [];
  try {
    for (const size of SIZES) {
      // The first session ever on a machine starts with no shaping results on disk (shapecache.ts); it leaves
      // them there, as every export does, for the sessions measured after it.
      const shapingCache = mkdtempSync(path.join(tmpdir(), 'bb-bench-shaping-'));
      const session = (): ChildResult =>
        JSON.parse(
          execFileSync(process.execPath, [import.meta.filename, '--child', String(size.points), dir], {
            encoding: 'utf8',
            maxBuffer: 1 << 20,
            env: { ...process.env, BRIEFBOOK_SHAPING_CACHE: shapingCache },
          }),
        );
      const firstEver = session();
      const sessions: ChildResult[] = [];
      for (let i = 0; i < RUNS; i++) sessions.push(session());
      rmSync(shapingCache, { recursive: true, force: true });
      const peer: number[] = [];
      let peerBytes = 0;
      let peerPages = 0;
      const page = await browser.newPage();
      const doc = html(makeBook(size.points, 1));
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await page.setContent(doc, { waitUntil: 'load' });
        const buf = await page.pdf({
          format: 'A4',
          displayHeaderFooter: true,
          headerTemplate:
            '<div style="font-size:8px;width:100%;text-align:center">RESTRICTED · <span class="title"></span></div>',
          footerTemplate:
            '<div style="font-size:8px;width:100%;text-align:center">RESTRICTED · Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
          margin: { top: '27mm', bottom: '27mm', left: '23mm', right: '23mm' },
        });
        peer.push(performance.now() - t0);
        peerBytes = buf.length;
        const f = path.join(dir, 'peer.pdf');
        writeFileSync(f, buf);
        peerPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [f], { encoding: 'utf8' }))?.[1] ?? 0);
        statSync(f);
      }
      await page.close();
      const cold = sessions.map((s) => s.cold);
      const warm = sessions.flatMap((s) => s.warm);
      const coldMs = median(cold.map((r) => r.ms));
      const warmMs = median(warm.map((r) => r.ms));
      const pm = median(peer);
      const first = cold[0] as Run;
      rows.push(
        `| ${size.label} | ${size.points} | ${first.pages} | ${fmt(firstEver.cold.ms)} | ${fmt(coldMs)} | ${fmt(median(sessions.map((s) => s.prewarmedMs)))} | ${fmt(warmMs)} | ${median(sessions.map((s) => s.coldRssMb)).toFixed(0)} / ${median(sessions.map((s) => s.rssMb)).toFixed(0)} MB | ${(first.bytes / 1024).toFixed(0)} KB | ${peerPages} | ${fmt(pm)} | ${(peerBytes / 1024).toFixed(0)} KB | ${(pm / coldMs).toFixed(1)}× | ${(pm / warmMs).toFixed(1)}× |`,
      );
      phases.push(
        `| ${size.label} | ${fmt(median(cold.map((r) => r.layoutMs)))} | ${fmt(median(cold.map((r) => r.writeMs)))} | ${fmt(median(warm.map((r) => r.layoutMs)))} | ${fmt(median(warm.map((r) => r.writeMs)))} | ${(warmMs / first.pages).toFixed(2)} ms |`,
      );
      console.error(rows[rows.length - 1]);
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nPDF export, median of ${RUNS} app sessions (a fresh process each). Cold: the session's first export, including` +
      `\nstarting the export worker, loading pdfkit and parsing the fonts, with what earlier sessions shaped on disk (one` +
      `\nsession of each size before them: the first session ever, whose cold export is its own column). Warm: ${WARM} later exports of other books of the` +
      `\nsame size in the same session (worker, fonts and shaped words kept). Chromium: page.pdf() of the cold export's` +
      `\ncontent, browser already running. First after warm-up: a new worker warmed by warmPdfWorker() (as the app can do` +
      `\nwhen a book is opened), then the cold export's book. Peak memory: the session process's max RSS (the worker is a` +
      `\nthread in it) after the cold export / after all.\n`,
  );
  console.log(
    '| book | points | pages | Briefbook first session ever | Briefbook cold | first after warm-up | Briefbook warm | peak memory (cold / session) | size | Chromium pages | Chromium page.pdf | Chromium size | faster than Chromium (cold) | (warm) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(r);
  console.log('\nWhere the time goes (median): layout = until the last page is laid out; write = fonts, structure, file.\n');
  console.log('| book | cold layout | cold write | warm layout | warm write | warm per page |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const p of phases) console.log(p);
}

// Imported (e.g. by a profiling script for makeBook) it does nothing by itself.
if (process.argv[2] === '--child') await child(Number(process.argv[3]), process.argv[4] as string);
else if (import.meta.main) await main();
