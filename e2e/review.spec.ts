// A desk officer imports a record Briefbook is unsure of: the Check mark shows in the library and
// the Reader with the reason, the Needs review filter finds it, and Confirm clears the mark.

import { UNTITLED } from '../tests/fixtures/stories.ts';
import { expect, openImportDialog, test } from './fixtures.ts';

test('a record without a headline is marked Check, explained, filtered under Needs review and confirmed', async ({
  app,
  page,
}) => {
  const dialog = await openImportDialog(page, app);
  await dialog.getByLabel('Text').fill(UNTITLED);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  // The Reader opens on the new record: the title is Check, with why, and the meeting date says how it was read.
  const details = page.getByRole('region', { name: 'Record details' });
  await expect(details.getByText('Check', { exact: true })).toBeVisible();
  await expect(details).toContainText('Made from the first sentence');
  await expect(details).toContainText('Tuesday');
  await page.screenshot({ path: 'test-results/review-reader.png', fullPage: true });

  await page.getByRole('button', { name: 'Library' }).first().click();
  await page.getByLabel('Needs review').check();
  // The seed record with no headline of its own needs review too; ours is among them.
  const rows = page.locator('.record-table tbody tr', { hasText: 'Freedonia' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Check: title');
  await page.screenshot({ path: 'test-results/review-library.png', fullPage: true });

  await rows.first().getByRole('button').first().click();
  await details.getByRole('button', { name: 'Confirm' }).first().click();
  await expect(details.getByText('Check', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Library' }).first().click();
  await expect(page.locator('.record-table tbody tr', { hasText: 'Freedonia' })).toHaveCount(0);
});
