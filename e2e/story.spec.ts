// The desk officer's story, end to end in a browser against the real browser host.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const RECORD = 'ROK-Viet Nam Foreign Ministers’ Meeting and Luncheon';
const BOOK = 'Visit of the Foreign Minister of Viet Nam';
const SHOTS = process.env.BRIEFBOOK_SHOTS ?? '/tmp/shots';

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The talking points section's points, in order. */
function talkingPoints(page: Page): Locator {
  return page.locator('section[data-section-key="talking-points"] li.point');
}

test('a desk officer builds a briefing book from the library and exports it', async ({ app, page }) => {
  await page.goto(app.url);

  // The token is kept for the session and taken out of the address bar.
  await expect(page).not.toHaveURL(/token=/);

  // Library: the two sample records.
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(3); // header + two records
  await expect(table.getByRole('button', { name: RECORD })).toBeVisible();

  // Search as you type: a hit in that record, "flights" highlighted.
  await page.getByRole('searchbox', { name: 'Search the records' }).fill('flights');
  const results = page.getByRole('region', { name: 'Search results' });
  const group = results.locator('article', { has: page.getByRole('button', { name: RECORD }) });
  await expect(group).toBeVisible();
  await expect(
    group
      .locator('mark')
      .filter({ hasText: /^flights$/i })
      .first(),
  ).toBeVisible();
  await shot(page, 'library-search');

  // Open the record from its hit group.
  await group.getByRole('heading').getByRole('button', { name: RECORD }).click();
  await expect(page.getByRole('heading', { level: 1, name: RECORD })).toBeVisible();
  const para3 = page.getByRole('listitem', { name: 'Paragraph 3', exact: true });
  const para4 = page.getByRole('listitem', { name: 'Paragraph 4', exact: true });
  await expect(para3).toBeVisible();
  await shot(page, 'reader-top');

  // No book yet: "Add to book" offers to create one, then adds the paragraph.
  await para3.getByRole('button', { name: 'Add paragraph 3 to book' }).click();
  const dialog = page.getByRole('dialog', { name: 'New briefing book' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Title').fill(BOOK);
  await dialog.getByRole('button', { name: 'Create book and add' }).click();
  await expect(dialog).toBeHidden();
  await expect(para3.getByText('In book')).toBeVisible();

  await para4.getByRole('button', { name: 'Add paragraph 4 to book' }).click();
  await expect(para4.getByText('In book')).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Paragraph 5', exact: true }).getByText('In book')).toHaveCount(0);
  await expect(page.getByLabel('Adding to')).toHaveValue(/.+/);
  await shot(page, 'reader');

  // The book, from the sidebar.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: new RegExp(BOOK) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: BOOK })).toBeVisible();
  const points = talkingPoints(page);
  await expect(points).toHaveCount(2);
  await expect(points.nth(0).locator('.citation')).toContainText('para 3');
  await expect(points.nth(1).locator('.citation')).toContainText('para 4');
  await expect(points.nth(0).locator('.citation')).toContainText(`from: ${RECORD}`);

  // Edit the wording of the second point (para 4) and save with Ctrl+Enter.
  const edited = 'We will work together to resume regular flights between our two countries as soon as possible.';
  const second = points.nth(1).getByRole('textbox');
  await second.fill(edited);
  await second.press('Control+Enter');
  await expect(points.nth(1).getByText('Saved')).toBeVisible();

  // Move it up.
  const number = ((await points.nth(1).locator('.point-number').textContent()) ?? '')
    .replace(/\s+/g, ' ')
    .replace('Point ', '')
    .trim();
  await points
    .nth(1)
    .getByRole('button', { name: `Move point ${number} up` })
    .click();
  await expect(points.nth(0).getByRole('textbox')).toHaveValue(edited);
  await expect(points.nth(0).locator('.citation')).toContainText('para 4');
  await expect(points.nth(1).locator('.citation')).toContainText('para 3');
  await shot(page, 'book');

  // Persisted: reload and the book shows the same order and wording.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: BOOK })).toBeVisible();
  await expect(points).toHaveCount(2);
  await expect(points.nth(0).getByRole('textbox')).toHaveValue(edited);
  await expect(points.nth(0).locator('.citation')).toContainText('para 4');
  await expect(points.nth(1).locator('.citation')).toContainText('para 3');

  // The citation opens the Reader at its paragraph.
  await points.nth(1).locator('.citation').click();
  await expect(page.getByRole('heading', { level: 1, name: RECORD })).toBeVisible();
  await expect(para3).toHaveClass(/target/);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: new RegExp(BOOK) })
    .click();

  // Export: the download arrives and is the book.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/i);
  await expect(page.getByText('PDF ready')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'PDF ready' })).toContainText(/\d+ pages?/);

  const dir = mkdtempSync(join(tmpdir(), 'briefbook-pdf-'));
  try {
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(BOOK);
    expect(text).toContain('para 3');
    expect(text).toMatch(/Page 1 of \d+/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await shot(page, 'book-exported');
});
