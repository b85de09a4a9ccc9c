// The PDF export when it is cancelled or fails, its fonts, and a long book.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { FONT_FILE_NAMES } from '../../electron/node/pdf/fonts.ts';
import { exportBookPdf, renderBookPdf } from '../../electron/node/pdf/index.ts';
import { fixture, flat, keep, longFixture, pagesText, pdfInfo } from '../helpers/pdf-book.ts';

describe('cancellation and failure', () => {
  test('an export aborted before it starts throws CANCELLED and leaves no file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-pdf-abort-'));
    try {
      const ac = new AbortController();
      ac.abort();
      await assert.rejects(exportBookPdf(fixture(), path.join(dir, 'x.pdf'), { signal: ac.signal }), { code: 'CANCELLED' });
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an export aborted mid-layout terminates the worker and removes the partial file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-pdf-abort-'));
    try {
      const ac = new AbortController();
      const out = path.join(dir, 'long.pdf');
      await assert.rejects(
        exportBookPdf(longFixture(120), out, {
          signal: ac.signal,
          onProgress: (p) => {
            if (p.stage === 'layout' && p.done >= 5) ac.abort();
          },
        }),
        { code: 'CANCELLED' },
      );
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('in-process render honours abort too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-pdf-abort-'));
    try {
      const ac = new AbortController();
      await assert.rejects(
        renderBookPdf(longFixture(60), path.join(dir, 'x.pdf'), {
          signal: ac.signal,
          onProgress: (p) => p.done === 3 && ac.abort(),
        }),
        { code: 'CANCELLED' },
      );
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unwritable destination throws EXPORT_FAILED', async () => {
    await assert.rejects(exportBookPdf(fixture(), '/nonexistent-dir/x/y.pdf'), { code: 'EXPORT_FAILED' });
  });
});

describe('fonts', () => {
  test('BRIEFBOOK_FONTS_DIR overrides the packaged fonts, and a missing file fails the export cleanly', async () => {
    const fontsDir = mkdtempSync(path.join(tmpdir(), 'bb-fonts-'));
    const outDir = mkdtempSync(path.join(tmpdir(), 'bb-pdf-fonts-'));
    const saved = process.env.BRIEFBOOK_FONTS_DIR;
    try {
      for (const name of FONT_FILE_NAMES.filter((n) => !n.startsWith('NotoSansKR_700'))) {
        const src = createRequire(import.meta.url).resolve(
          `@expo-google-fonts/${name.startsWith('NotoSansKR') ? 'noto-sans-kr' : 'noto-sans'}/${name.replace(/^NotoSans(KR)?_/, '').replace(/\.ttf$/, '')}/${name}`,
        );
        symlinkSync(src, path.join(fontsDir, name));
      }
      process.env.BRIEFBOOK_FONTS_DIR = fontsDir;
      await assert.rejects(renderBookPdf(fixture(), path.join(outDir, 'x.pdf')), (e: { code: string; message: string }) => {
        assert.equal(e.code, 'EXPORT_FAILED');
        assert.match(e.message, /NotoSansKR_700Bold\.ttf is missing/);
        return true;
      });
      assert.deepEqual(readdirSync(outDir), []);
      const kr = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf');
      symlinkSync(kr, path.join(fontsDir, 'NotoSansKR_700Bold.ttf'));
      const res = await renderBookPdf(fixture(), path.join(outDir, 'x.pdf'));
      assert.ok(res.pages >= 4);
    } finally {
      if (saved === undefined) delete process.env.BRIEFBOOK_FONTS_DIR;
      else process.env.BRIEFBOOK_FONTS_DIR = saved;
      rmSync(fontsDir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe('long book', () => {
  test('200 points over many pages, each numbered "Page X of Y"', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-pdf-long-'));
    try {
      const out = path.join(dir, 'long.pdf');
      const input = longFixture(200);
      const res = await exportBookPdf(input, out);
      if (keep) copyFileSync(out, path.join(keep, 'long.pdf'));
      const pages = pagesText(out);
      assert.equal(res.pages, pages.length);
      assert.ok(pages.length > 25, `pages: ${pages.length}`);
      assert.equal(Number(pdfInfo(out).Pages), pages.length);
      pages.forEach((p, i) => {
        assert.ok(p.includes(`Page ${i + 1} of ${pages.length}`), `page ${i + 1}`);
        assert.equal((p.match(/RESTRICTED/g) ?? []).length, i === 0 ? 3 : 2, `markings on page ${i + 1}`); // cover: + the box
      });
      const all = flat(pages.join('\n'));
      for (let s = 1; s <= 8; s++) for (const k of [1, 13, 25]) assert.ok(all.includes(` ${s}.${k} (`), `point ${s}.${k}`);
      assert.ok(all.includes('(200) '));
      // No point number is left alone at the foot of a page: each page's last body line is not a bare number.
      for (const [i, p] of pages.entries()) {
        const lines = p.split('\n').filter((l) => l.trim() && !/RESTRICTED|Page \d+ of/.test(l));
        const last = lines[lines.length - 1] ?? '';
        assert.doesNotMatch(last, /^\s*\d+\.\s+Topic/, `heading at foot of page ${i + 1}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
