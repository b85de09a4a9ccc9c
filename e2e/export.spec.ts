// Exporting a briefing book: choose PDF options, watch the preview draw the pages, then download the PDF.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BOOK = 'Visit to Hanoi: export options';

function cli(dataDir: string, args: string[]): string {
  return execFileSync(process.execPath, ['electron/node/cli.ts', ...args, '--data', dataDir], { cwd: ROOT, encoding: 'utf8' });
}

test('the desk officer previews the book as a Letter handout, then exports the full book', async ({ app, page }) => {
  // A book with two cited points, made through the command line against the same library.
  const records = JSON.parse(cli(app.dataDir, ['records', '--json'])) as { id: string }[];
  const recordId = records[0]?.id ?? '';
  const bookId = cli(app.dataDir, ['book', 'new', '--title', BOOK, '--json']).trim().replace(/^"|"$/g, '');
  const id = (JSON.parse(bookId.startsWith('{') ? bookId : JSON.stringify({ id: bookId })) as { id: string }).id;
  cli(app.dataDir, ['book', 'add', id, recordId, '1', '--section', 'key-messages']);
  cli(app.dataDir, ['book', 'add', id, recordId, '2']);

  await page.goto(app.url);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: new RegExp(BOOK) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: BOOK })).toBeVisible();

  await page.getByRole('button', { name: 'PDF options' }).click();
  const options = page.getByRole('group', { name: 'PDF options' });
  await options.getByLabel('Paper').selectOption('Letter');
  await options.getByLabel('Print').selectOption('handout');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('dialog', { name: 'PDF preview' });
  await expect(preview).toContainText('1 page');
  const firstPage = preview.locator('canvas[aria-label="Page 1"]');
  await expect(firstPage).toBeVisible();
  // A Letter page is wider than tall by 612:792.
  const box = await firstPage.boundingBox();
  expect(box && Math.abs(box.width / box.height - 612 / 792) < 0.02).toBe(true);
  await expect(preview.locator('.preview-pages')).toHaveAttribute('data-drawn', '1');
  await page.screenshot({ path: 'test-results/export-preview.png' });
  await preview.getByRole('button', { name: 'Close' }).click();

  await options.getByLabel('Print').selectOption('book');
  await options.getByLabel('Sources').selectOption('endnotes');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const file = await (await download).path();
  await expect(page.getByRole('status').filter({ hasText: 'PDF ready' })).toContainText(/\d+ pages/);
  const pdf = readFileSync(file);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
  expect(text).toContain('Notes');
  expect(execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' })).toMatch(/612 x 792/);
});
