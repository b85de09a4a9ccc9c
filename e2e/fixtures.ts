// A Playwright fixture that runs Briefbook's browser host for a fresh, throw-away data folder.
// `app.url` is the address the host prints (with its one-time token); `page` is not pre-navigated.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export type BriefbookHost = { url: string; origin: string; dataDir: string; output: () => string };

const ROOT = resolve(import.meta.dirname, '..');
const READY = /Briefbook is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

async function startHost(dataDir: string): Promise<{ host: BriefbookHost; child: ChildProcess }> {
  // process.execPath is the Node 24 running Playwright, which runs .ts via type stripping.
  const child = spawn(process.execPath, ['electron/node/cli.ts', 'serve', '--port', '0', '--data', dataDir], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const output = () => out;
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start within 30 s. Output:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = READY.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The host exited (${code ?? signal}) before it was ready. Output:\n${out}`));
    });
  });
  return { host: { url, origin: new URL(url).origin, dataDir, output }, child };
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

export const test = base.extend<{ app: BriefbookHost; deskCountry: string | null }>({
  /**
   * The desk's country, set before the app starts so the first-run question does not cover the
   * test; `test.use({ deskCountry: null })` starts with it unset, as on a first run.
   */
  deskCountry: ['Republic of Korea', { option: true }],
  app: async ({ deskCountry }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'briefbook-e2e-'));
    if (deskCountry)
      execFileSync(process.execPath, ['electron/node/cli.ts', 'settings', 'set', 'country', deskCountry, '--data', dataDir], {
        cwd: ROOT,
        stdio: 'ignore',
      });
    const { host, child } = await startHost(dataDir);
    try {
      await use(host);
    } finally {
      await stopHost(child);
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';

/** Opens the app on its library and the Import dialog: the dialog, ready for files or pasted text. */
export async function openImportDialog(page: Page, app: BriefbookHost): Promise<Locator> {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.getByRole('button', { name: 'Import…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import a meeting record' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Opens a record in the Reader and adds the given paragraphs to a new book with this title. */
export async function bookWith(page: Page, url: string, record: string, book: string, labels: string[]): Promise<void> {
  await page.goto(url);
  await page.getByRole('table').getByRole('button', { name: record }).click();
  await expect(page.getByRole('heading', { level: 1, name: record })).toBeVisible();
  for (const [i, label] of labels.entries()) {
    const para = page.getByRole('listitem', { name: `Paragraph ${label}`, exact: true });
    await para.getByRole('button', { name: `Add paragraph ${label} to book` }).click();
    if (i === 0) {
      const dialog = page.getByRole('dialog', { name: 'New briefing book' });
      await dialog.getByLabel('Title').fill(book);
      await dialog.getByRole('button', { name: 'Create book and add' }).click();
    }
    await expect(para.getByText('In book')).toBeVisible();
  }
}
