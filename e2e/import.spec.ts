// A desk officer imports a handful of records at once in the browser, one of them a scanned PDF.
import { join, resolve } from 'node:path';
import { expect, openImportDialog, test } from './fixtures.ts';

const fixtures = resolve(import.meta.dirname, '..', 'tests', 'fixtures');

test('several files at once: progress, a result for each in words, and the good records in the library', async ({
  app,
  page,
}) => {
  const dialog = await openImportDialog(page, app);

  await dialog
    .getByLabel('Choose record files to import')
    .setInputFiles([
      join(fixtures, 'formats', 'ambassador-readout.pdf'),
      join(fixtures, 'bad', 'scanned.pdf'),
      join(fixtures, 'formats', 'joint-committee-minutes.docx'),
      join(fixtures, 'formats', 'rok-viet-nam-meeting.html'),
    ]);

  const progress = dialog.getByRole('progressbar', { name: 'Files imported' });
  await expect(progress).toBeVisible();
  const status = dialog.getByRole('status');
  await expect(status).toHaveText('Import finished: 2 imported, 1 already in the library, 1 could not be imported.', {
    timeout: 30_000,
  });
  await expect(progress).toHaveAttribute('value', '4');

  const results = dialog.getByRole('list', { name: 'Import results' }).getByRole('listitem');
  await expect(results).toHaveCount(4);
  await expect(results.nth(0)).toContainText('Imported');
  await expect(results.nth(0)).toContainText('Foreign Minister receives the Korean Ambassador');
  await expect(results.nth(1)).toContainText('Not imported');
  await expect(results.nth(1)).toContainText('scanned.pdf is a scanned PDF without a text layer');
  await expect(results.nth(2)).toContainText('Imported');
  await expect(results.nth(2)).toContainText('Minutes of the Viet Nam–Korea Joint Committee on Trade');
  await expect(results.nth(3)).toContainText('Already in library');
  await expect(dialog).not.toContainText(/Error:|at .*\.ts:\d+/);
  await dialog.screenshot({ path: 'test-results/import-dialog.png' });

  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  const table = page.getByRole('table');
  await expect(table).toContainText('Foreign Minister receives the Korean Ambassador');
  await expect(table).toContainText('Minutes of the Viet Nam–Korea Joint Committee on Trade');
  // Two seed records plus the two new ones (the web page was the seed press release again).
  await expect(table.getByRole('row')).toHaveCount(5);
});

test('a file dropped on the window is imported and its result shown', async ({ app, page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(
      new File(
        [
          'Seoul, 2 April 2021\n\n1. The two vice ministers discussed the supply of vaccines.\n\n2. They agreed to meet again in May.',
        ],
        'readout.txt',
        {
          type: 'text/plain',
        },
      ),
    );
    return dt;
  });
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  const dialog = page.getByRole('dialog', { name: 'Import a meeting record' });
  await expect(dialog.getByRole('status')).toHaveText('Import finished: 1 imported.', { timeout: 30_000 });
  await expect(dialog.getByRole('listitem')).toContainText('readout.txt');
});
