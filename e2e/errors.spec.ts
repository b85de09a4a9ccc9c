// What the user sees when something goes wrong.
import { expect, openImportDialog, test } from './fixtures.ts';

test('importing empty pasted text explains what is wrong, in the dialog', async ({ app, page }) => {
  const dialog = await openImportDialog(page, app);
  await dialog.getByLabel('Text').fill('   \n  ');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  const alert = dialog.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('could not be imported');
  await expect(alert).toContainText(/empty|nothing to import/i);
  await expect(dialog.getByLabel('Text')).toHaveAttribute('aria-invalid', 'true');

  // Typing clears the message; the dialog closes with Escape and the library is unchanged.
  await dialog.getByLabel('Text').fill('Something');
  await expect(alert).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
});

test('a page without the token says it is not connected, in words', async ({ app, page }) => {
  await page.goto(`${app.origin}/`);
  await expect(page.getByRole('alert').first()).toContainText(/not (connected|signed in)/i);
});
