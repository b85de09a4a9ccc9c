// Undo with another writer, in Chromium against the real browser host: the CLI adds a point and
// another window rewords one while this window edits; this window's Undo takes back only its own edit.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { bookWith, expect, test } from './fixtures.ts';

const RECORD = 'ROK-Viet Nam Foreign Ministers’ Meeting and Luncheon';
const BOOK = 'Visit of the Foreign Minister of Viet Nam';
const SHOTS = process.env.BRIEFBOOK_SHOTS ?? '/tmp/shots';
const ROOT = resolve(import.meta.dirname, '..');

const points = (page: Page): Locator => page.locator('section[data-section-key="talking-points"] li.point');
const text = (page: Page, i: number) => points(page).nth(i).getByRole('textbox');
const saved = (page: Page) => expect(page.getByRole('status', { name: 'Autosave' })).toHaveText(/Saved|All changes saved/);

function cli(dataDir: string, ...args: string[]): string {
  return execFileSync(process.execPath, ['electron/node/cli.ts', ...args, '--data', dataDir], { cwd: ROOT, encoding: 'utf8' });
}

async function openTheBook(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: new RegExp(`^${BOOK}`) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: BOOK })).toBeVisible();
}

test('Undo after another writer’s change takes back only the user’s own change', async ({ app, page, context }) => {
  await bookWith(page, app.url, RECORD, BOOK, ['3', '4']);
  await openTheBook(page);
  const original = await text(page, 0).inputValue();
  await text(page, 0).fill('We agreed to introduce special entry procedures.');
  await saved(page);

  // The CLI adds paragraph 5; another window rewords point 3.2.
  const [book] = JSON.parse(cli(app.dataDir, 'books', '--json')) as { id: string }[];
  const records = JSON.parse(cli(app.dataDir, 'records', '--json')) as { id: string; title: string }[];
  cli(app.dataDir, 'book', 'add', book?.id as string, records.find((r) => r.title === RECORD)?.id as string, '5');
  const other = await context.newPage();
  await other.goto(app.url);
  await openTheBook(other);
  await expect(points(other)).toHaveCount(3);
  await text(other, 1).fill('Their wording of point two.');
  await saved(other);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(text(page, 0)).toHaveValue(original);
  await expect(points(page)).toHaveCount(3);
  await expect(text(page, 1)).toHaveValue('Their wording of point two.');
  await expect(points(page).nth(2).locator('.citation')).toContainText('para 5');

  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(text(page, 0)).toHaveValue('We agreed to introduce special entry procedures.');

  // The other window now rewords point 3.1 too: undo leaves their words and says why.
  await other.reload();
  await text(other, 0).fill('The other window’s wording.');
  await saved(other);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Could not undo' });
  await expect(notice).toContainText('The point “The other window’s wording.” was changed elsewhere');
  await expect(text(page, 0)).toHaveValue('The other window’s wording.');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, 'undo-conflict.png') });

  await page.reload();
  await expect(points(page)).toHaveCount(3);
  await expect(text(page, 0)).toHaveValue('The other window’s wording.');
  await expect(text(page, 1)).toHaveValue('Their wording of point two.');
});
