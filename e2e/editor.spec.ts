// The book editor's user stories, in Chromium against the real browser host.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { bookWith as bookOf, expect, hostCall, test, unwrap } from './fixtures.ts';

const RECORD = 'ROK-Viet Nam Foreign Ministers’ Meeting and Luncheon';
const BOOK = 'Visit of the Foreign Minister of Viet Nam';
const bookWith = (page: Page, url: string, labels: string[]) => bookOf(page, url, RECORD, BOOK, labels);
const SHOTS = process.env.BRIEFBOOK_SHOTS ?? '/tmp/shots';

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const section = (page: Page, key: string) => page.locator(`section[data-section-key="${key}"]`);
const points = (page: Page, key: string): Locator => section(page, key).locator('li.point');
const citations = async (page: Page, key: string) =>
  (await points(page, key).locator('.citation').allTextContents()).map((t) => /para ([\d.]+)/.exec(t)?.[1]);
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function openTheBook(page: Page, title = BOOK) {
  await nav(page)
    .getByRole('button', { name: new RegExp(`^${title}`) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** A real pointer drag, in small steps, so dnd-kit sees a drag and not a click. */
async function drag(page: Page, from: Locator, to: Locator, where: 'top' | 'center' = 'center') {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 8, a.y + a.height / 2 + 8, { steps: 4 });
  const y = where === 'top' ? b.y + 6 : b.y + b.height / 2;
  await page.mouse.move(b.x + b.width / 2, y, { steps: 16 });
  await page.waitForTimeout(120);
  await page.mouse.move(b.x + b.width / 2, y + 1, { steps: 2 });
  await page.mouse.up();
}

test('a paragraph dragged from the Reader lands in the section it is dropped on', async ({ app, page }) => {
  await bookWith(page, app.url, ['3']);
  const panel = page.getByRole('complementary', { name: 'Book panel' });
  await expect(panel).toBeVisible();
  const ifRaised = panel.getByRole('listitem', { name: 'Section If raised' });
  const handle = page.getByRole('button', { name: 'Drag paragraph 8.2 into the book' });
  await handle.scrollIntoViewIfNeeded();
  await drag(page, handle, ifRaised);
  await expect(ifRaised).toContainText('1');
  await expect(page.getByRole('listitem', { name: 'Paragraph 8.2', exact: true }).getByText('In book')).toBeVisible();
  await shot(page, 'editor-reader-drop');

  await openTheBook(page);
  await expect(points(page, 'if-raised')).toHaveCount(1);
  expect(await citations(page, 'if-raised')).toEqual(['8.2']);
  // The point's tools appear when it is being worked on.
  await points(page, 'if-raised').first().getByRole('textbox').focus();
  await expect(
    points(page, 'if-raised')
      .first()
      .getByLabel(/^Kind of point/),
  ).toHaveValue('if-raised');
});

/**
 * Presses an arrow key until the screen reader hears the place it leads to. On a busy machine the keyboard sensor
 * can start listening after the pick-up is announced, and a key pressed before that is lost; the key is pressed
 * again only while the place heard is still the one before it, so a slow answer is never taken for a lost key.
 */
async function arrowTo(page: Page, heard: Locator, key: string, before: RegExp, after: RegExp) {
  await expect(async () => {
    if (before.test((await heard.textContent()) ?? '')) await page.keyboard.press(key);
    await expect(heard).toHaveText(after, { timeout: 5000 });
  }).toPass({ timeout: 30_000 });
}

test('points reorder by drag and drop and by keyboard, within and across sections', async ({ app, page }) => {
  // Tall enough that the points are not at the window's edge, where dragging scrolls the page.
  await page.setViewportSize({ width: 1360, height: 1500 });
  await bookWith(page, app.url, ['3', '4', '5']);
  await openTheBook(page);
  expect(await citations(page, 'talking-points')).toEqual(['3', '4', '5']);

  // Drag 3.3 (para 5) onto the first point.
  await drag(page, page.getByRole('button', { name: 'Drag point 3.3' }), points(page, 'talking-points').nth(0), 'top');
  await expect.poll(() => citations(page, 'talking-points')).toEqual(['5', '3', '4']);

  // Drag a point into another section (Key messages, empty).
  await drag(page, page.getByRole('button', { name: 'Drag point 3.3' }), section(page, 'key-messages'));
  await expect.poll(() => citations(page, 'key-messages')).toEqual(['4']);
  expect(await citations(page, 'talking-points')).toEqual(['5', '3']);

  // Keyboard: Space picks up, arrow moves, Space drops; each step waits for what a screen reader
  // user hears, not for a fixed time (a busy machine is slower than any sleep).
  const heard = page.locator('[id^="DndLiveRegion"]');
  const handle = page.getByRole('button', { name: 'Drag point 3.1' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(heard).toHaveText(/(Picked up|Over) point 3\.1/);
  await arrowTo(page, heard, 'ArrowDown', /(Picked up|Over) point 3\.1/, /Over point 3\.2 in Talking points/);
  await page.keyboard.press('Space');
  await expect(heard).toHaveText(/Dropped on point 3\.2 in Talking points/);
  await expect.poll(() => citations(page, 'talking-points')).toEqual(['3', '5']);

  // Keyboard across sections: two places up takes 3.2 above 2.1, into Key messages.
  await page.getByRole('button', { name: 'Drag point 3.2' }).focus();
  await page.keyboard.press('Space');
  await expect(heard).toHaveText(/(Picked up|Over) point 3\.2/);
  await arrowTo(page, heard, 'ArrowUp', /(Picked up|Over) point 3\.2/, /Over point 3\.1 in Talking points/);
  await arrowTo(page, heard, 'ArrowUp', /Over point 3\.1 in Talking points/, /Over point 2\.1 in Key messages/);
  await page.keyboard.press('Space');
  await expect(heard).toHaveText(/Dropped on point 2\.1 in Key messages/);
  await expect.poll(() => citations(page, 'key-messages')).toEqual(['5', '4']);
  expect(await citations(page, 'talking-points')).toEqual(['3']);
  await shot(page, 'editor-reordered');

  // The database has the order: reload.
  await page.reload();
  await expect.poll(() => citations(page, 'key-messages')).toEqual(['5', '4']);
  expect(await citations(page, 'talking-points')).toEqual(['3']);
});

test('every change can be undone and redone, and undo is saved', async ({ app, page }) => {
  await bookWith(page, app.url, ['3', '4']);
  await openTheBook(page);
  const first = points(page, 'talking-points').nth(0).getByRole('textbox');
  const original = await first.inputValue();

  await first.fill('We agreed to introduce special entry procedures.');
  await expect(page.getByRole('status', { name: 'Autosave' })).toHaveText(/Saved|All changes saved/);
  await points(page, 'talking-points').nth(1).getByRole('button', { name: 'Delete point 3.2' }).click();
  await page.getByRole('button', { name: 'Confirm delete' }).click();
  await expect(points(page, 'talking-points')).toHaveCount(1);

  await page.keyboard.press('Control+z');
  await expect(points(page, 'talking-points')).toHaveCount(2);
  await first.focus();
  await page.keyboard.press('Control+z');
  await expect(first).toHaveValue(original);
  await page.keyboard.press('Shift+Control+z');
  await expect(first).toHaveValue('We agreed to introduce special entry procedures.');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(first).toHaveValue(original);

  await page.reload();
  await expect(points(page, 'talking-points')).toHaveCount(2);
  await expect(points(page, 'talking-points').nth(0).getByRole('textbox')).toHaveValue(original);
});

test('typing is saved on its own, without leaving the point, and survives a reload; formatting writes the shared markup', async ({
  app,
  page,
}) => {
  await bookWith(page, app.url, ['4']);
  await openTheBook(page);
  const text = points(page, 'talking-points').nth(0).getByRole('textbox');
  await text.fill('We hope to cooperate on vaccines.');
  await text.press('End');
  await text.press('Shift+Home');
  await text.press('Control+b');
  await expect(text).toHaveValue('**We hope to cooperate on vaccines.**');
  await text.press('End');
  await page.keyboard.type(' Also clinical trials.');
  await expect(page.getByRole('status', { name: 'Autosave' })).toHaveText('Saving…');
  // Saved on its own, with no blur or shortcut (waiting on the status, not on a clock: busy machines).
  await expect(page.getByRole('status', { name: 'Autosave' })).toHaveText(/Saved|All changes saved/);
  await page.reload();
  await expect(points(page, 'talking-points').nth(0).getByRole('textbox')).toHaveValue(
    '**We hope to cooperate on vaccines.** Also clinical trials.',
  );
  await expect(points(page, 'talking-points').nth(0).locator('.drift')).toHaveText('reworded');
});

test('a point is drafted in the first person, split and joined, and the book reads cleanly', async ({ app, page }) => {
  await bookWith(page, app.url, ['5.3']);
  await openTheBook(page);
  const point = points(page, 'talking-points').nth(0);
  await point.getByRole('button', { name: 'Draft as talking point' }).click();
  await expect(point.getByRole('textbox')).toHaveValue(/^We will continue to step up development cooperation with Viet Nam/);
  await expect(point.locator('.drift')).toHaveText('drafted from source');
  await expect(point.locator('.citation')).toContainText('para 5.3');

  // Split at the second sentence, then join back.
  const value = await point.getByRole('textbox').inputValue();
  const at = value.indexOf('We will support');
  await point.getByRole('textbox').evaluate((el: HTMLTextAreaElement, n) => el.setSelectionRange(n, n), at);
  await point.getByRole('button', { name: 'Split point 3.1 at the cursor' }).click();
  await expect(points(page, 'talking-points')).toHaveCount(2);
  await expect(points(page, 'talking-points').nth(1).getByRole('textbox')).toHaveValue(/^We will support/);
  await expect(points(page, 'talking-points').nth(1).locator('.citation')).toContainText('para 5.3');
  await points(page, 'talking-points').nth(0).getByRole('button', { name: 'Join point 3.1 with the next' }).click();
  await expect(points(page, 'talking-points')).toHaveCount(1);

  // A point marked CONFIDENTIAL raises the book's marking.
  await point.getByRole('textbox').focus();
  await point.getByLabel('Marking of point 3.1').selectOption('CONFIDENTIAL');
  await expect(page.locator('.eyebrow .classification')).toHaveText('CONFIDENTIAL');

  // Own section; commitments and participants from the records.
  await page.getByLabel('New section').fill('Economic cooperation');
  await page.getByRole('button', { name: 'Add section' }).click();
  await expect(page.getByRole('heading', { name: '9. Economic cooperation' })).toBeVisible();
  await section(page, 'commitments').getByRole('button', { name: 'Suggest from records' }).click();
  const suggestions = page.getByRole('region', { name: 'Suggested commitments' });
  const route = suggestions.getByRole('listitem').filter({ hasText: 'Incheon-Hanoi' });
  await route.getByRole('button', { name: 'Add' }).click();
  await expect(points(page, 'commitments')).toHaveCount(1);
  await expect(points(page, 'commitments').locator('.citation')).toContainText('para 3.1');
  await section(page, 'participants').getByRole('button', { name: 'Build from records' }).click();
  await page
    .getByRole('region', { name: 'Suggested participants' })
    .getByRole('listitem')
    .filter({ hasText: 'Kang' })
    .getByRole('button', { name: 'Add' })
    .click();
  await expect(points(page, 'participants').first().getByRole('textbox')).toHaveValue(
    /Kang[\s\S]*Biography: \(to be completed\)/,
  );
  await shot(page, 'editor-book');

  await page.getByRole('button', { name: 'Reading view' }).click();
  const reading = page.getByRole('article', { name: 'Reading view' });
  await expect(reading.getByRole('heading', { level: 1, name: BOOK })).toBeVisible();
  await expect(reading.getByText('3.1', { exact: true })).toBeVisible();
  await expect(reading.getByText(/Source: .*para 5\.3/)).toBeVisible();
  await expect(reading.locator('strong').filter({ hasText: /Kang/ })).toBeVisible();
  await shot(page, 'editor-reading');
  await page.getByRole('button', { name: '← Back to editing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: BOOK })).toBeVisible();
});

test('a book is duplicated for the next meeting, renamed, and deleted with confirmation', async ({ app, page }) => {
  await bookWith(page, app.url, ['3', '4']);
  await openTheBook(page);
  await page.getByRole('button', { name: 'Duplicate' }).click();
  const copy = `${BOOK} (copy)`;
  await expect(page.getByRole('heading', { level: 1, name: copy })).toBeVisible();
  expect(await citations(page, 'talking-points')).toEqual(['3', '4']);
  // Recently opened first.
  await expect(nav(page).locator('.nav-book').first()).toContainText(copy);

  await page.getByRole('button', { name: 'Rename' }).first().click();
  await page.getByLabel('Book title').fill('Visit of the Foreign Minister of Viet Nam, 2021');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Visit of the Foreign Minister of Viet Nam, 2021' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this briefing book?' });
  await dialog.getByRole('button', { name: 'Keep the book' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete…' }).click();
  await dialog.getByRole('button', { name: 'Delete book' }).click();
  await expect(nav(page).locator('.nav-book')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1, name: BOOK })).toBeVisible();
});

test('a book shared as a .briefbook file opens on another library; a foreign file is refused', async ({ app, page }) => {
  await bookWith(page, app.url, ['3', '5.2']);
  await openTheBook(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Share file' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`${BOOK}.briefbook`);
  const dir = mkdtempSync(join(tmpdir(), 'briefbook-share-'));
  try {
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json.format).toBe('briefbook');
    expect(json.records).toHaveLength(1);

    // Open it: a second book with the same points; the record is not duplicated.
    await page.getByLabel('Open a shared book file (.briefbook)').setInputFiles(file);
    await expect(page.getByText('0 records added to the library; 1 already here.')).toBeVisible();
    await expect(nav(page).locator('.nav-book')).toHaveCount(2);
    expect(await citations(page, 'talking-points')).toEqual(['3', '5.2']);
    await nav(page)
      .getByRole('button', { name: /^Library/ })
      .click();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);

    // A foreign file: a clear message, nothing changes.
    const bad = join(dir, 'notes.briefbook');
    writeFileSync(bad, 'Dear colleague, the notes are attached.');
    await page.getByLabel('Open a shared book file (.briefbook)').setInputFiles(bad);
    await expect(page.getByText(/is not a Briefbook book/)).toBeVisible();
    await expect(nav(page).locator('.nav-book')).toHaveCount(2);
    await shot(page, 'editor-share');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a long book renders only what is near the screen, and scrolls with every point in its place', async ({ app, page }) => {
  const call = hostCall(app);
  const records = unwrap(await call('library.list', {}));
  const record = unwrap(await call('library.get', { id: records[0]?.id as string }));
  const book = unwrap(await call('books.create', { title: 'A long book' }));
  for (let i = 0; i < 90; i++) {
    unwrap(
      await call('books.addPoint', {
        bookId: book.id,
        recordId: record.id,
        paragraphId: record.paragraphs[i % record.paragraphs.length]?.id as string,
      }),
    );
  }
  await page.goto(app.url);
  await openTheBook(page, 'A long book');
  const rows = points(page, 'talking-points');
  expect(await rows.count()).toBeLessThan(40);

  await page.locator('#main').evaluate((el) => el.scrollTo({ top: 6000 }));
  await expect(rows.filter({ hasText: '3.40' }).first()).toBeInViewport();
  // Rows are laid out one under the other, not on top of each other.
  const boxes = await rows.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.top, r.bottom]));
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]?.[0]).toBeGreaterThanOrEqual((boxes[i - 1]?.[1] ?? 0) - 1);
  await shot(page, 'editor-long-book');
});
