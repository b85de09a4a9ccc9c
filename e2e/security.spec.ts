// A desk officer imports a hostile document — pasted text and an HTML page full of <script>,
// <img onerror>, javascript: links and scripted SVG — reads it, searches it and cites it in a book.
// Nothing in it ever runs: no flag is set, no dialog opens, and the words show as plain text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, hostCall, test } from './fixtures.ts';

const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'malicious');

/** Nothing ran: no flag, and no element of the page carries an event handler or a javascript: link. */
async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const live = await page.evaluate(() => ({
    handlers: document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover]').length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    frames: document.querySelectorAll('iframe,object,embed').length,
    svgScripts: document.querySelectorAll('svg script').length,
    scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? 'inline'),
  }));
  expect(live.handlers).toBe(0);
  expect(live.jsLinks).toBe(0);
  expect(live.frames).toBe(0);
  expect(live.svgScripts).toBe(0);
  for (const src of live.scripts) expect(src).toMatch(/^\.?\/?assets\/index-[\w-]+\.js$/);
}

test('hostile records are shown as harmless text in the library, the Reader, search results and a book', async ({
  page,
  app,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });

  // Pasted text, through the same call the Import dialog makes.
  const pasted = await hostCall(app)('library.importText', {
    text: readFileSync(join(FIXTURES, 'hostile-pasted.txt'), 'utf8'),
    name: 'hostile-pasted.txt',
  });
  expect(pasted.ok, JSON.stringify(pasted)).toBe(true);
  // An HTML page and an SVG, through the file import (the browser sends the chosen files' bytes).
  const files = await hostCall(app)('library.importData', {
    files: ['hostile-readout.html', 'hostile-drawing.svg'].map((name) => ({
      name,
      base64: readFileSync(join(FIXTURES, name)).toString('base64'),
    })),
  });
  expect(files.ok, JSON.stringify(files)).toBe(true);
  const htmlOutcome = files.ok ? files.value[0] : undefined;

  if (!pasted.ok) return;
  // The title is whatever the parser made of the text (markup and all): find the record by it.
  const pastedTitle = page.getByText(pasted.value.title.slice(0, 24), { exact: false }).first();
  await page.goto(app.url);
  await expect(pastedTitle).toBeVisible();
  await expectNothingRan(page, dialogs);

  // The Reader: the markup is there, as words.
  await pastedTitle.click();
  await expect(page.getByText(/<script>window\.__pwned = 'pasted-script'/).first()).toBeVisible();
  await expect(page.getByText(/<img src=x onerror=/).first()).toBeVisible();
  await expectNothingRan(page, dialogs);

  if (htmlOutcome?.ok && htmlOutcome.record) {
    // HTML is reduced to text and structure before it reaches the interface: the paragraphs survive,
    // the scripts and handlers do not, and the link shows as its words.
    await page.goto(app.url);
    await page.getByText(htmlOutcome.record.title.slice(0, 24), { exact: false }).first().click();
    await expect(page.getByText(/ministers discussed zebrafinch cooperation/).first()).toBeVisible();
    await expect(page.getByText(/click for the annex/).first()).toBeVisible();
    await expect(page.getByText(/inline-script|img-onerror|js-link/)).toHaveCount(0);
    await expectNothingRan(page, dialogs);
  }

  // Search: highlights are built from the text, not from HTML.
  const search = page.getByPlaceholder(/Search the records/);
  await page.goto(app.url);
  await page.getByPlaceholder(/Search the records/).fill('zebrafinch');
  await search.press('Enter');
  await expect(page.getByText(/zebrafinch/i).first()).toBeVisible();
  await expectNothingRan(page, dialogs);

  // A book citing the hostile paragraphs.
  const book = await hostCall(app)('books.create', {
    title: 'Hostile test book',
  });
  expect(book.ok).toBe(true);
  if (!book.ok) return;
  for (const paragraph of ['1', '2', '3', '4']) {
    const added = await hostCall(app)('books.addPoint', {
      bookId: book.value.id,
      recordId: pasted.value.id,
      paragraphId: paragraph,
    });
    expect(added.ok, JSON.stringify(added)).toBe(true);
  }
  await page.goto(app.url);
  await page.getByText('Hostile test book').first().click();
  // Points are edited in place (text fields) or shown as text: either way the markup is only characters.
  const bookText = await page.locator('main').evaluate((main) => {
    const values = [...main.querySelectorAll('textarea, input')].map((e) => (e as HTMLTextAreaElement).value);
    return `${main.textContent ?? ''}\n${values.join('\n')}`;
  });
  expect(bookText).toContain("<script>window.__pwned = 'pasted-script'");
  expect(bookText).toContain(`<a href="javascript:window.__pwned='pasted-link'">`);
  await expectNothingRan(page, dialogs);
  await page.screenshot({ path: test.info().outputPath('hostile-book.png') });

  // Nothing even tried to break out of the CSP: the content was never treated as code.
  expect(cspViolations).toEqual([]);
});

test('the page is served with a CSP that blocks inline script, even one injected into the page', async ({ page, app }) => {
  const response = await page.goto(app.url);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  // If a bug ever let markup through, the browser would still refuse to run it.
  const ran = await page.evaluate(async () => {
    const div = document.createElement('div');
    div.innerHTML = '<img src="x" onerror="window.__pwned = 1">';
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 2';
    document.body.append(div, s);
    await new Promise((r) => setTimeout(r, 300));
    return (window as unknown as { __pwned?: number }).__pwned ?? null;
  });
  expect(ran).toBeNull();
});
