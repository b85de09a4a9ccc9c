// A common word in many records: both searches show how many records match and page through them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SHOTS = process.env.BRIEFBOOK_SHOTS ?? '/tmp/shots';
const FILES = 65;

test('a common word in 65 readouts lists every record, a page at a time', async ({ app, page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'briefbook-readouts-'));
  for (let i = 0; i < FILES; i++)
    writeFileSync(
      join(folder, `readout-${i}.txt`),
      `Readout of fisheries consultations, round ${i}\n\n1. The sides reviewed seawatch duties on patrols in sector ${i}.\n\n2. They agreed to deepen seawatch on inspections, item ${i * 7}.\n`,
    );
  execFileSync(process.execPath, ['electron/node/cli.ts', 'import', folder, '--data', app.dataDir], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  rmSync(folder, { recursive: true, force: true });
  // What the library took (the import may judge two generated readouts one record): at least 51, so there are two pages.
  const listed = JSON.parse(
    execFileSync(process.execPath, ['electron/node/cli.ts', 'records', '--json', '--data', app.dataDir], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  ) as { title: string }[];
  const RECORDS = listed.filter((r) => r.title.startsWith('Readout of fisheries')).length;
  expect(RECORDS).toBeGreaterThan(50);

  await page.goto(app.url);
  await page.getByRole('searchbox', { name: 'Search the records' }).fill('seawatch');
  await page.getByRole('searchbox', { name: 'Search the records' }).press('Enter');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.locator('.results-summary')).toContainText(`${RECORDS} records`);
  await expect(results.locator('article')).toHaveCount(50);
  await results.getByRole('button', { name: /Show more records/ }).click();
  await expect(results.locator('article')).toHaveCount(RECORDS);
  await expect(results.getByRole('button', { name: /Show more records/ })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search' }).click();
  await page.getByLabel('Search all records').fill('seawatch');
  await page.getByRole('search').getByRole('button', { name: 'Search', exact: true }).click();
  const faceted = page.getByRole('region', { name: 'Search results' });
  await expect(faceted.locator('.results-summary')).toContainText(`${RECORDS} records`);
  await expect(faceted.locator('article')).toHaveCount(50);
  await expect(faceted.getByText(`Showing 50 of ${RECORDS} records`)).toBeVisible();
  await faceted.getByRole('button', { name: /Show more records/ }).scrollIntoViewIfNeeded();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, 'search-paging.png') });
  await faceted.getByRole('button', { name: /Show more records/ }).click();
  await expect(faceted.locator('article')).toHaveCount(RECORDS);
});
