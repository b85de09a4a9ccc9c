// npm run bench:editor — how the book editor feels with a big book (500 points), measured in Chromium.
//
// Keystroke: from the key's input event to the next paint (requestAnimationFrame, then a task:
// the frame has been produced), typing in a point in the middle of the book.
// Drag-reorder: a point moved with the keyboard (Space, ArrowDown, Space), from the drop key to the
// paint that shows the new order (this includes the API call and re-rendering the book).
// Several runs; the table gives the median and the worst, and the ratio to the 50 ms budget for
// "feels instant".

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../e2e/chromium.ts';

const ROOT = resolve(import.meta.dirname, '..');
const POINTS = Number(process.env.BENCH_POINTS ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KEYS_PER_RUN = 25;
const MOVES_PER_RUN = 5;
const BUDGET_MS = 50;

async function startHost(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['electron/node/cli.ts', 'serve', '--port', '0', '--data', dataDir], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`host did not start:\n${out}`)), 30_000);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.stderr?.on('data', (c: Buffer) => {
      out += c.toString();
    });
  });
  return { url, child };
}

async function rpc<T>(url: string, method: string, input: unknown): Promise<T> {
  const u = new URL(url);
  const res = await fetch(`${u.origin}/rpc/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${u.searchParams.get('token')}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

/** A book of POINTS points spread over the standard sections, from the sample record's paragraphs. */
async function seedBook(url: string): Promise<string> {
  const records = await rpc<{ id: string; title: string }[]>(url, 'library.list', {});
  const record = await rpc<{ id: string; paragraphs: { id: string }[] }>(url, 'library.get', { id: records[0]?.id });
  const book = await rpc<{ id: string }>(url, 'books.create', { title: `Bench book of ${POINTS} points` });
  const sections = ['key-messages', 'talking-points', 'if-raised', 'background', 'commitments'];
  for (let i = 0; i < POINTS; i++) {
    const p = record.paragraphs[i % record.paragraphs.length];
    await rpc(url, 'books.addPoint', {
      bookId: book.id,
      recordId: record.id,
      paragraphId: p?.id,
      section: sections[i % sections.length],
    });
  }
  return book.id;
}

/** Installs the in-page probes: input → next paint, and drop key → paint of the new order. */
async function installProbes(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __moves: number[]; __armMove: (() => void) | null };
    w.__keys = [];
    w.__moves = [];
    const afterPaint = (cb: () => void) => requestAnimationFrame(() => setTimeout(cb, 0));
    document.addEventListener(
      'input',
      (e) => {
        const t0 = e.timeStamp;
        afterPaint(() => w.__keys.push(performance.now() - t0));
      },
      true,
    );
    w.__armMove = null;
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== ' ' || !w.__armMove) return;
        const t0 = e.timeStamp;
        const list = document.querySelector('section[data-section-key="talking-points"] ol.points');
        const before = [...(list?.children ?? [])].map((li) => (li as HTMLElement).dataset.pointId).join();
        w.__armMove = null;
        // The first change of the list's order, then the paint that shows it.
        const observer = new MutationObserver(() => {
          const now = [...(list?.children ?? [])].map((li) => (li as HTMLElement).dataset.pointId).join();
          if (now === before) return;
          observer.disconnect();
          afterPaint(() => w.__moves.push(performance.now() - t0));
        });
        if (list) observer.observe(list, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
      },
      true,
    );
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefbook-bench-'));
  const { url, child } = await startHost(dataDir);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const seeded = Date.now();
    await seedBook(url);
    process.stdout.write(`Seeded a book of ${POINTS} points in ${((Date.now() - seeded) / 1000).toFixed(1)} s.\n`);
    const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    await page.goto(url);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: /^Bench book/ })
      .click();
    await page.locator('section[data-section-key="talking-points"] li.point').first().waitFor();
    const openMs = await page.evaluate(() => performance.now());
    await installProbes(page);

    const keyRuns: number[][] = [];
    const moveRuns: number[][] = [];
    const tp = page.locator('section[data-section-key="talking-points"] li.point');
    for (let run = 0; run < RUNS; run++) {
      // Typing in a point in the middle of the book.
      const text = tp.nth(4).getByRole('textbox');
      await text.scrollIntoViewIfNeeded();
      await text.click();
      await text.press('End');
      await page.evaluate(() => {
        (window as unknown as { __keys: number[] }).__keys = [];
      });
      await page.keyboard.type(' we welcome cooperation'.slice(0, KEYS_PER_RUN).padEnd(KEYS_PER_RUN, '.'), { delay: 60 });
      await page.waitForTimeout(900); // let autosave run, as it would between bursts
      keyRuns.push(await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys.slice()));

      // Drag-reorder by keyboard.
      await page.evaluate(() => {
        (window as unknown as { __moves: number[] }).__moves = [];
      });
      for (let m = 0; m < MOVES_PER_RUN; m++) {
        const handle = tp.nth(2).getByRole('button', { name: /^Drag point/ });
        await handle.scrollIntoViewIfNeeded();
        await handle.focus();
        await page.keyboard.press('Space');
        await page.waitForTimeout(120);
        await page.keyboard.press('ArrowDown');
        await page.waitForTimeout(120);
        await page.evaluate(() => {
          (window as unknown as { __armMove: () => void }).__armMove = () => {};
        });
        await page.keyboard.press('Space');
        await page
          .waitForFunction((n) => (window as unknown as { __moves: number[] }).__moves.length > n, m, { timeout: 10_000 })
          .catch(() => process.stdout.write('  (a move did not show within 10 s)\n'));
        await page.waitForTimeout(150);
      }
      moveRuns.push(await page.evaluate(() => (window as unknown as { __moves: number[] }).__moves.slice()));
    }

    const rows: [string, number[][]][] = [
      ['keystroke → paint', keyRuns],
      ['drag-reorder (keyboard) → paint', moveRuns],
    ];
    const pad = (s: string, n: number) => s.padEnd(n);
    const num = (x: number) => `${x.toFixed(1)} ms`.padStart(10);
    process.stdout.write(
      `\nBook editor, ${POINTS} points, ${RUNS} runs (Chromium, ${new Date().toISOString().slice(0, 10)}); first paint of the book after ${(openMs / 1000).toFixed(1)} s\n\n`,
    );
    process.stdout.write(
      `${pad('measure', 34)}${'samples'.padStart(8)}${'median'.padStart(10)}${'worst run median'.padStart(18)}${'worst'.padStart(10)}${'median / 50 ms'.padStart(16)}\n`,
    );
    for (const [name, runs] of rows) {
      const all = runs.flat();
      if (all.length === 0) {
        process.stdout.write(`${pad(name, 34)}${'0'.padStart(8)}  (no samples)\n`);
        continue;
      }
      const med = median(all);
      const worstRun = Math.max(...runs.filter((r) => r.length).map(median));
      process.stdout.write(
        `${pad(name, 34)}${String(all.length).padStart(8)}${num(med)}${num(worstRun).padStart(18)}${num(Math.max(...all))}${`${(med / BUDGET_MS).toFixed(2)}×`.padStart(16)}\n`,
      );
    }
    process.stdout.write('\nThe peer is the 50 ms budget for an interaction to feel instant; below 1.00× is within it.\n');
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
