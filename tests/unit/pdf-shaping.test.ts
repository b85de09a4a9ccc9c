import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import PDFDocument from 'pdfkit';
import { AsciiTable } from '../../electron/node/pdf/ascii.ts';
import { loadFontBuffers } from '../../electron/node/pdf/fonts.ts';
import { glyphCode, type PdfkitFont } from '../../electron/node/pdf/glyphs.ts';
import { renderBookPdf } from '../../electron/node/pdf/index.ts';
import { sampleBook } from '../../electron/node/pdf/sample.ts';
import { shapeFully } from '../../electron/node/pdf/shaping.ts';

// Words with kerning pairs (AV, To, y.), ligatures (fi, fl, ffi, ffl) and ligatures next to each other.
const WORDS = [
  'first',
  'office',
  'flights',
  'affiliated',
  'baffled',
  'fifty',
  'AVATAR',
  'Tokyo.',
  'fjord',
  'difficult',
  'fi',
  'f',
  'Wafflefi',
];

function fontOf(name: 'sans' | 'sans-bold' | 'sans-italic' | 'sans-bold-italic'): PdfkitFont {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont(name, loadFontBuffers()[name]);
  doc.font(name);
  return (doc as unknown as { _font: PdfkitFont })._font;
}

describe('plain English words are set from cached glyphs, kerning and ligatures', () => {
  for (const name of ['sans', 'sans-bold', 'sans-italic', 'sans-bold-italic'] as const) {
    test(`${name}: every word prints exactly as the full OpenType shaper sets it`, () => {
      const font = fontOf(name);
      const table = new AsciiTable();
      for (const word of WORDS) {
        const fast = table.shape(font, word);
        const full = shapeFully(font, word);
        assert.ok(fast, `${word} should not need the full shaper`);
        assert.equal(fast.tj, full.tj, word);
        assert.ok(Math.abs(fast.width - full.width) < 1e-9, `${word}: ${fast.width} vs ${full.width}`);
        assert.equal(fast.maxId, full.maxId, word);
      }
    });
  }

  test('a word with a character outside ASCII goes to the full shaper', () => {
    const font = fontOf('sans');
    assert.equal(new AsciiTable().shape(font, 'café'), null);
  });
});

describe('glyphs are written as literal strings', () => {
  test('bytes a literal string cannot hold as they are are escaped', () => {
    assert.equal(glyphCode(0x0041), '\x00A');
    assert.equal(glyphCode(0x0028), '\x00\\(');
    assert.equal(glyphCode(0x2900), '\\)\x00');
    assert.equal(glyphCode(0x5c0a), '\\\\\\n');
    assert.equal(glyphCode(0x010d), '\x01\\r');
  });

  test('a book with a thousand and more distinct Hangul syllables extracts back word for word', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-glyphs-'));
    try {
      // Enough syllables that the Korean font's glyph ids take every byte value, escaped ones included.
      const words: string[] = [];
      for (let i = 0; i < 1500; i += 3)
        words.push(String.fromCharCode(0xac00 + i * 7, 0xac00 + (i + 1) * 7, 0xac00 + (i + 2) * 7));
      const input = sampleBook();
      const point = input.book.sections[1]?.points[0];
      assert.ok(point);
      point.text = words.join(' ');
      point.citation = null;
      const file = path.join(dir, 'hangul.pdf');
      await renderBookPdf(input, file);
      const extracted = new Set(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split(/\s+/));
      assert.deepEqual(
        words.filter((w) => !extracted.has(w)),
        [],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
