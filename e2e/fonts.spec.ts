// A desk officer on a laptop with no font for Korean, Japanese, Chinese or Vietnamese still reads every
// record: the interface falls back on the fonts the app ships (Noto Sans, Noto Sans KR). Chromium runs here
// with a fontconfig that hides every system font with Hangul, kana, Han or Vietnamese letters, so these
// show only if the shipped fonts draw them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type CDPSession, chromium, type Locator } from '@playwright/test';
import PDFDocument from 'pdfkit';
import { loadFontBuffers } from '../electron/node/pdf/fonts.ts';
import { CHROMIUM_LAUNCH } from './chromium.ts';
import { expect, test } from './fixtures.ts';

const RECORDS: { file: string; title: string; body: string }[] = [
  {
    file: 'ko.txt',
    title: '한-베트남 외교장관회담 개최 결과',
    body: '강경화 외교부 장관은 9월 18일 하노이에서 팜 빈 밍 베트남 부총리 겸 외교장관과 회담을 갖고 양국 간 특별입국절차 도입과 항공편 재개에 대해 논의하였다. 다람쥐 헌 쳇바퀴에 타고파.',
  },
  {
    file: 'ja.txt',
    title: '日ベトナム外相会談の開催について',
    body: '岸田外務大臣は、ハノイにおいてファム・ビン・ミン副首相兼外務大臣と会談を行い、両国間の協力について意見交換を行いました。ひらがな、カタカナ。',
  },
  {
    file: 'zh.txt',
    title: '王毅會見越南副總理',
    body: '外交部長王毅在河內會見越南副總理范平明。雙方就兩國關係及地區問題深入交換意見。',
  },
  {
    file: 'vi.txt',
    title: 'Phó Thủ tướng Phạm Bình Minh hội đàm với Bộ trưởng Ngoại giao Hàn Quốc',
    body: 'Ngày 18/9, tại Hà Nội, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã hội đàm với Bộ trưởng Ngoại giao Hàn Quốc Kang Kyung-wha. Ngọc Trịnh Đặng Thị Ngọc Thịnh; Nguyễn Phú Trọng; Thừa Thiên Huế; ỰỴ ựỵ ặ ậ ẹ ệ ị ọ ộ ợ ụ.',
  },
];

// Characters no system font may have: Hangul, hiragana, a Han character, Vietnamese letters with a dot below
// and a horn. A font with any of them is hidden (DejaVu Sans has the Vietnamese letters, Liberation has not).
const HIDDEN = [0xac00, 0x3042, 0x4e00, 0x1ecd, 0x1ea1, 0x01b0];

/**
 * A fontconfig that hides every system font for Korean, Japanese, Chinese or Vietnamese: the laptop the
 * issue describes, and more. The system's other fonts stay (Chromium does not run with no font at all).
 */
function withoutScriptFonts(dir: string): { conf: string; left: string } {
  const conf = path.join(dir, 'fonts.conf');
  const reject = HIDDEN.map((cp) => `<pattern><patelt name="charset"><charset><int>${cp}</int></charset></patelt></pattern>`);
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <selectfont><rejectfont>${reject.join('')}</rejectfont></selectfont>\n  <cachedir>${path.join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  const left = execFileSync('fc-list', [':', 'family'], { env: { ...process.env, FONTCONFIG_FILE: conf }, encoding: 'utf8' });
  return { conf, left };
}

/** What the system fonts left visible can draw: fc-list prints each font's characters as hex ranges. */
function systemFonts(conf: string): (ch: string) => boolean {
  const out = execFileSync('fc-list', ['--format', '%{charset}\n', ':'], {
    env: { ...process.env, FONTCONFIG_FILE: conf },
    encoding: 'utf8',
  });
  const ranges = out
    .split(/\s+/)
    .filter(Boolean)
    .map((r) => r.split('-').map((h) => Number.parseInt(h, 16)) as [number, number?]);
  return (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    return ranges.some(([a, b]) => cp >= a && cp <= (b ?? a));
  };
}

/**
 * How many glyphs of an element's own text Chromium drew with the shipped fonts, as its DevTools report the
 * fonts each text node was painted with. A character no visible system font has is drawn by a shipped font
 * or not at all (an empty box, counted under the system font), so the count tells boxes from letters in
 * the page as painted, not as it would be drawn afresh.
 */
async function shippedGlyphs(cdp: CDPSession, selector: string): Promise<number> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.filter((f) => f.isCustomFont).reduce((n, f) => n + f.glyphCount, 0);
}

/** An element's own text (its text nodes, not its children's), which is what shippedGlyphs counts. */
const ownText = (el: Element) =>
  [...el.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('');

// The browser is launched here with its own fontconfig; Playwright's tracing does not follow it.
test.use({ trace: 'off' });

// What the shipped fonts have: a character neither has cannot show on such a laptop (Noto Sans KR lacks many
// simplified Chinese and some Japanese Han forms, e.g. 両); the test lists those and asserts every other shows.
const shipped = (() => {
  const fonts = loadFontBuffers();
  // pdfkit opens the files as the PDF does (fontkit underneath), so "shipped" means what the PDF has too.
  const open = (name: 'sans' | 'kr') => {
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.registerFont(name, fonts[name]).font(name);
    return (doc as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } })._font.font;
  };
  const all = [open('sans'), open('kr')];
  return (ch: string) => all.some((f) => f.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
})();

/** The characters of a text no shipped font has, in order, once each. */
function notShipped(text: string): string[] {
  const gaps = [...new Set([...text].filter((c) => c.trim() !== '' && !shipped(c)))];
  if (gaps.length) test.info().annotations.push({ type: 'not in the shipped fonts', description: gaps.join(' ') });
  return gaps;
}

let browser: Browser;
let system: (ch: string) => boolean = () => true;
let dir = '';

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bb-fonts-'));
  const { conf, left } = withoutScriptFonts(dir);
  if (!left.trim())
    throw new Error('Every system font has Hangul, kana, Han or Vietnamese: nothing is left to run Chromium with.');
  system = systemFonts(conf);
  browser = await chromium.launch({ ...CHROMIUM_LAUNCH, env: { ...process.env, FONTCONFIG_FILE: conf } });
});
test.afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('Korean, Japanese, Chinese and Vietnamese records show in the library and the Reader with no system font for them', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const files = RECORDS.map((r) => {
    const file = path.join(dir, r.file);
    writeFileSync(file, `${r.title}\n\n${r.body}\n`);
    return file;
  });
  execFileSync(process.execPath, ['electron/node/cli.ts', 'import', ...files, '--data', app.dataDir], {
    cwd: path.resolve(import.meta.dirname, '..'),
    stdio: 'ignore',
  });
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  /** Every character of the element that no system font has is drawn by a shipped font, unless neither has it. */
  const check = async (element: Locator, where: string) => {
    await element.evaluate((el) => el.setAttribute('data-font-check', ''));
    const text = await element.evaluate(ownText);
    const drawn = await shippedGlyphs(cdp, '[data-font-check]');
    await element.evaluate((el) => el.removeAttribute('data-font-check'));
    const needed = [...text].filter((c) => c.trim() !== '' && !system(c) && shipped(c));
    expect(needed.length, `${where}: the check needs letters no system font has`).toBeGreaterThan(0);
    expect(drawn, `${where}: "${text}" has ${needed.length} letters only the shipped fonts have`).toBeGreaterThanOrEqual(
      needed.length,
    );
    notShipped(text);
  };

  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  for (const r of RECORDS) await expect(page.locator('.record-table tbody tr', { hasText: r.title })).toHaveCount(1);
  // A shipped font is read when its characters first appear on screen.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: 'test-results/fonts-library.png', fullPage: true });
  for (const r of RECORDS) {
    const row = page.locator('.record-table tbody tr', { hasText: r.title });
    await check(row.locator('.record-title'), `${r.file} in the library`);
    // The place, where the record names one (all but the Chinese one here).
    const place = row.locator('td.nowrap div.subtle');
    if ((await place.count()) > 0) await check(place, `${r.file}: the place in the library`);
  }

  for (const r of RECORDS) {
    await page.locator('.record-table tbody tr', { hasText: r.title }).getByRole('button').first().click();
    const reader = page.getByRole('main');
    await expect(reader).toContainText(r.body.slice(0, 20));
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `test-results/fonts-reader-${r.file.replace('.txt', '')}.png`, fullPage: true });
    await check(page.getByRole('heading', { level: 1 }), `${r.file}: the Reader's title`);
    await check(page.getByText(r.body.slice(0, 20)).first(), `${r.file}: a paragraph in the Reader`);
    await page.getByRole('button', { name: 'Library' }).first().click();
  }
  await page.close();
});
