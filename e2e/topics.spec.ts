// A desk officer prepares for the next meeting with Viet Nam: what both sides said on the South
// China Sea, what was promised last time and where it stands, and a search narrowed by facets.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const SHOTS = process.env.BRIEFBOOK_SHOTS ?? '/tmp/shots';
const RECORD = 'ROK-Viet Nam Foreign Ministers’ Meeting and Luncheon';
const THEIRS = 'Vietnam – RoK Consultation on the Coordination of the ASEAN – RoK Relationship';

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function newBook(page: Page, title: string) {
  await page.getByRole('button', { name: '+ New book' }).click();
  const dialog = page.getByRole('dialog', { name: 'New briefing book' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: /Create/ }).click();
  await expect(dialog).toBeHidden();
}

test('the topic view shows both sides on the South China Sea, one click from the book', async ({ app, page }) => {
  await page.goto(app.url);
  await newBook(page, 'Visit of the Foreign Minister of Viet Nam');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Topics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Topics' })).toBeVisible();
  await page.getByLabel('Topic', { exact: true }).selectOption('south-china-sea');
  await expect(page.getByLabel('Counterpart')).toHaveValue('Viet Nam');

  const timeline = page.getByRole('region', { name: 'Timeline' });
  const ours = timeline.getByRole('region', { name: 'Our side' }).first();
  await expect(ours.getByRole('button', { name: RECORD })).toBeVisible();
  await expect(ours.getByText('including the South China Sea')).toBeVisible();
  const theirs = timeline.getByRole('region', { name: 'Their side' }).last();
  await expect(theirs.getByRole('button', { name: THEIRS })).toBeVisible();
  await expect(theirs.getByText(/East Sea \(South China Sea\)/)).toBeVisible();

  // The last-time card: the September 2020 meeting and what was agreed at it.
  const last = page.getByRole('region', { name: 'Last time' });
  await expect(last.getByRole('heading', { name: /Last time with Viet Nam/ })).toBeVisible();
  await expect(last.getByText(/agreed to conclude the bilateral social security agreement/)).toBeVisible();

  await ours.getByRole('button', { name: 'Add paragraph 8.2 to book' }).click();
  await expect(ours.getByRole('button', { name: 'Add paragraph 8.2 to book' })).toHaveText('Added ✓');
  await shot(page, 'topics-timeline');
});

test('the ledger keeps a status and a note, and fills "Previous commitments" in one step', async ({ app, page }) => {
  await page.goto(app.url);
  await newBook(page, 'Talks with Viet Nam');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Commitments' }).click();
  const table = page.getByRole('table');
  const row = table.getByRole('row').filter({ hasText: 'agreed to conclude the bilateral social security agreement' });
  await expect(row).toBeVisible();
  await row.getByRole('combobox').selectOption('in-progress');
  await row.getByRole('textbox').fill('Negotiations resumed in March.');
  await row.getByRole('textbox').press('Enter');
  await expect(table.getByRole('row')).toHaveCount(19); // header + 18 commitments in the two samples
  await shot(page, 'ledger');

  // Still there after a reload: the database holds it.
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Commitments' }).click();
  const again = page
    .getByRole('table')
    .getByRole('row')
    .filter({ hasText: 'agreed to conclude the bilateral social security agreement' });
  await expect(again.getByRole('combobox')).toHaveValue('in-progress');
  await expect(again.getByRole('textbox')).toHaveValue('Negotiations resumed in March.');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /Talks with Viet Nam/ })
    .click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Commitments' }).click();
  await page.getByRole('button', { name: /Fill “Previous commitments”/ }).click();
  await expect(page.getByText(/Added 18 commitments to “Talks with Viet Nam”/)).toBeVisible();
});

test('search finds a topic under every name, narrows by facets, and is saved', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search' }).click();
  await page.getByLabel('Search all records').fill('Biển Đông');
  await page.getByRole('search').getByRole('button', { name: 'Search', exact: true }).click();
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('button', { name: RECORD, exact: true })).toBeVisible();
  await expect(results.getByRole('button', { name: THEIRS, exact: true })).toBeVisible();
  await expect(results.locator('mark').filter({ hasText: 'South China Sea' }).first()).toBeVisible();

  const publisher = page.getByRole('region', { name: 'Publisher' });
  await publisher.getByRole('button', { name: /Ministry of Foreign Affairs, Republic of Korea/ }).click();
  await expect(results.getByRole('button', { name: THEIRS, exact: true })).toBeHidden();
  await expect(results.getByRole('button', { name: RECORD, exact: true })).toBeVisible();
  await shot(page, 'search-facets');

  await page.getByRole('button', { name: 'Save this search…' }).click();
  await page.getByLabel('Name of the saved search').fill('SCS, our releases');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByLabel('Saved searches').getByRole('button', { name: 'SCS, our releases', exact: true })).toBeVisible();
});

test('the Reader shows a paragraph’s topics; a removed one stays removed', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByRole('table').getByRole('button', { name: RECORD }).click();
  const para = page.getByRole('listitem', { name: 'Paragraph 8.2', exact: true });
  const tag = (name: string) => para.getByRole('button', { name: `Remove topic ${name}` });
  await expect(tag('South China Sea')).toBeVisible();
  await expect(tag('Maritime security')).toBeVisible();
  await tag('Maritime security').click();
  await expect(tag('Maritime security')).toBeHidden();
  await para.getByLabel('Add a topic').selectOption({ label: 'ASEAN' });
  await expect(tag('ASEAN')).toBeVisible();
  await shot(page, 'reader-topics');
  await page.reload();
  await page.getByRole('table').getByRole('button', { name: RECORD }).click();
  const again = page.getByRole('listitem', { name: 'Paragraph 8.2', exact: true });
  await expect(again.getByRole('button', { name: 'Remove topic South China Sea' })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Remove topic Maritime security' })).toBeHidden();
  await expect(again.getByRole('button', { name: 'Remove topic ASEAN' })).toBeVisible();
});
