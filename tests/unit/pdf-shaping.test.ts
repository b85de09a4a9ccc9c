import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import PDFDocument from 'pdfkit';
import { AsciiTable } from '../../electron/services/pdf/ascii.ts';
import { loadFontBuffers } from '../../electron/services/pdf/fonts.ts';
import type { PdfkitFont } from '../../electron/services/pdf/glyphs.ts';
import { shapeFully } from '../../electron/services/pdf/shaping.ts';

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
