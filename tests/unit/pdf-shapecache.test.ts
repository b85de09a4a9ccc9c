import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { type RawGlyph, rememberedRun, rememberRun, saveShapingCache } from '../../electron/node/pdf/shapecache.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'bb-shapecache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// What identifies a font's contents, as fontkit reports it.
const font = (checkSum: number) => ({ postscriptName: 'Test-Regular', numGlyphs: 100, head: { checkSumAdjustment: checkSum } });
const FI: RawGlyph[] = [[50, [102, 105], 602, 0, 0]];

describe('shaping learnt in one session is there for the next', () => {
  test('a later session finds the glyphs of the same font, and only of the same font', () => {
    process.env.BRIEFBOOK_SHAPING_CACHE = path.join(dir, 'a');
    rememberRun(font(1), 'fi', FI);
    saveShapingCache();
    assert.deepEqual(rememberedRun(font(1), 'fi'), FI);
    assert.equal(rememberedRun(font(2), 'fi'), undefined);
    assert.equal(rememberedRun(font(1), 'fl'), undefined);
  });

  test('a damaged or foreign file is ignored, never trusted', () => {
    process.env.BRIEFBOOK_SHAPING_CACHE = path.join(dir, 'b');
    rememberRun(font(3), 'fi', FI);
    saveShapingCache();
    const [file] = readdirSync(path.join(dir, 'b'));
    assert.ok(file);
    const full = path.join(dir, 'b', file);
    writeFileSync(full, '{"format":3,"runs":{"fi":[[5000,[102],1,0,0]],"ok":[[1,[111],1,0,0]]}}');
    // Glyph 5000 does not exist in a 100-glyph font: that entry is dropped, the sound one kept.
    assert.equal(rememberedRun(font(3), 'fi'), undefined);
    assert.deepEqual(rememberedRun(font(3), 'ok'), [[1, [111], 1, 0, 0]]);
    writeFileSync(full, 'not json');
    assert.equal(rememberedRun(font(3), 'ok'), undefined);
  });

  test('turned off, nothing is written', () => {
    process.env.BRIEFBOOK_SHAPING_CACHE = 'off';
    rememberRun(font(4), 'fi', FI);
    saveShapingCache();
    assert.equal(rememberedRun(font(4), 'fi'), undefined);
    delete process.env.BRIEFBOOK_SHAPING_CACHE;
  });

  test('a book exported in a new session with the cache prints byte for byte as without it', () => {
    const script = path.join(dir, 'export.ts');
    const root = path.resolve(import.meta.dirname, '../..');
    writeFileSync(
      script,
      `import { renderBookPdf } from ${JSON.stringify(path.join(root, 'electron/node/pdf/index.ts'))};
       import { sampleBook } from ${JSON.stringify(path.join(root, 'electron/node/pdf/sample.ts'))};
       await renderBookPdf(sampleBook(), process.argv[2]);`,
    );
    const run = (out: string, cache: string) =>
      execFileSync(process.execPath, [script, path.join(dir, out)], { env: { ...process.env, BRIEFBOOK_SHAPING_CACHE: cache } });
    const cacheDir = path.join(dir, 'c');
    run('without.pdf', 'off');
    run('first.pdf', cacheDir);
    assert.ok(readdirSync(cacheDir).some((f) => f.startsWith('NotoSans-Regular-')));
    run('second.pdf', cacheDir);
    const without = readFileSync(path.join(dir, 'without.pdf'));
    assert.ok(without.equals(readFileSync(path.join(dir, 'first.pdf'))));
    assert.ok(without.equals(readFileSync(path.join(dir, 'second.pdf'))));
    // And the second session did read it: widen every remembered glyph and the book comes out different.
    const file = path.join(cacheDir, readdirSync(cacheDir).find((f) => f.startsWith('NotoSans-Regular-')) ?? '');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { runs: Record<string, RawGlyph[]> };
    for (const run of Object.values(data.runs)) for (const g of run) g[2] += 100;
    writeFileSync(file, JSON.stringify(data));
    run('tampered.pdf', cacheDir);
    assert.ok(!without.equals(readFileSync(path.join(dir, 'tampered.pdf'))));
  });
});
