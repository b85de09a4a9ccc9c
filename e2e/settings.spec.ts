// The desk's own country: asked on first run, changed in Settings, and refused when unknown.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const SHOTS = process.env.BRIEFBOOK_SHOTS ?? '/tmp/shots';

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

test.use({ deskCountry: null });

test('a first run asks which country’s desk this is, and Settings changes it', async ({ app, page }) => {
  await page.goto(app.url);
  const first = page.getByRole('dialog', { name: 'Which country’s desk is this?' });
  await expect(first).toBeVisible();
  const country = first.getByRole('combobox', { name: 'Country' });
  await expect(country).toBeFocused();
  await country.fill('jap');
  await expect(first.getByRole('option')).toHaveText(['Japan']);
  await first.getByRole('option', { name: 'Japan' }).click();
  await expect(country).toHaveValue('Japan');
  await expect(first.getByRole('option', { name: 'Japan' })).toHaveAttribute('aria-selected', 'true');
  await shot(page, 'first-run-country');
  await first.getByRole('button', { name: 'Use Japan' }).click();
  await expect(first).toBeHidden();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('button', { name: /Settings/ })).toContainText('Japan desk');

  // Still set after a reload: the library keeps it, and the question is not asked again.
  await page.reload();
  await expect(nav.getByRole('button', { name: /Settings/ })).toContainText('Japan desk');
  await expect(first).toBeHidden();

  await nav.getByRole('button', { name: /Settings/ }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByText('This is the Japan desk.')).toBeVisible();
  const field = settings.getByRole('combobox', { name: 'Country' });
  await expect(field).toHaveValue('Japan');
  await field.fill('Atlantis');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('alert')).toContainText('does not know the country “Atlantis”');
  await shot(page, 'settings-unknown-country');
  // Any name of a country Briefbook knows will do.
  await field.fill('UK');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
  await expect(nav.getByRole('button', { name: /Settings/ })).toContainText('United Kingdom desk');
  await nav.getByRole('button', { name: /Settings/ }).click();
  await expect(field).toHaveValue('United Kingdom');
  await shot(page, 'settings');
});
