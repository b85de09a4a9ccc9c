// A desk officer keeps the people directory: everyone the records name, one entry however each
// record spells or scripts the name; two entries that are one person are merged in the People view.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { AGENCY, SEOUL } from '../tests/fixtures/stories.ts';
import { expect, hostCall, test, unwrap } from './fixtures.ts';

const SHOTS = process.env.BRIEFBOOK_SHOTS ?? '/tmp/shots';

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

test('the People view lists everyone once, in every script, and merges two entries that are one person', async ({
  app,
  page,
}) => {
  // The sample records, and two more: the Korean release in Hangul and an agency report in both scripts.
  const call = hostCall(app);
  unwrap(await call('library.importText', { text: AGENCY }));
  unwrap(await call('library.importText', { text: SEOUL }));
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();

  const list = page.getByRole('list', { name: 'People in the directory' });
  await expect(list.getByRole('button', { name: /Kang Kyung-wha/ })).toBeVisible();
  // One entry for the Vietnamese minister, with the Hangul form beside the Latin one.
  const son = list.getByRole('button', { name: /Bui Thanh Son/ });
  await expect(son).toContainText('부이 타인 선');
  await son.click();
  const pane = page.getByRole('region', { name: /^Person: Bui Thanh Son/ });
  await expect(pane.getByRole('region', { name: 'Forms of the name' })).toContainText('Hangul');
  // The Korean release names him in Hangul: the same person, in both records.
  await expect(pane.getByRole('region', { name: 'Records' })).toContainText('as “부이 타인 선”');
  await expect(pane.getByRole('region', { name: 'Records' })).toContainText('Records (2)');
  await shot(page, 'people-directory');

  // A search by any spelling or script.
  await page.getByLabel('Find a person').fill('부이');
  await expect(list.getByRole('button')).toHaveCount(1);
  await page.getByLabel('Find a person').fill('');

  // Park Jin and 박진 are one person: merge them.
  await list.getByRole('button', { name: /^Park Jin/ }).click();
  const park = page.getByRole('region', { name: 'Person: Park Jin' });
  await park.getByRole('button', { name: 'Merge with…' }).click();
  const merge = park.getByLabel('Person to merge into this one');
  await merge.selectOption((await merge.locator('option', { hasText: '박진' }).getAttribute('value')) ?? '');
  await expect(park.getByText(/박진’s forms, roles and 1 record move to Park Jin/)).toBeVisible();
  await shot(page, 'people-merge');
  await park.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(park.getByRole('region', { name: 'Forms of the name' })).toContainText('박진');
  await expect(list.getByRole('button', { name: /^박진/ })).toHaveCount(0);
  await expect(park.getByRole('region', { name: 'Records' }).getByRole('listitem')).toHaveCount(2);

  // Fix the role; the typed role shows in the list and over time.
  await park.getByLabel('Current role').fill('Minister of Foreign Affairs');
  await park.getByRole('button', { name: 'Save' }).click();
  await expect(park.getByRole('region', { name: 'Roles over time' })).toContainText('typed');
  await expect(list.getByRole('button', { name: /^Park Jin/ })).toContainText('Minister of Foreign Affairs');
  await shot(page, 'people-merged');

  // A role's record opens in the Reader.
  await park.getByRole('region', { name: 'Roles over time' }).getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Viet Nam, ROK foreign ministers meet|부이 타인 선/);
});
