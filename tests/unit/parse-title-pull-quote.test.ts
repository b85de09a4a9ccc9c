// A paper prints a pull quote under its headline: a line of someone's words that the text quotes again
// further down ('"Kami ingin kerja sama ini segera berjalan …," ujar Wali Kota'). It is a deck of quoted
// words, not the headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a pull quote under the headline', () => {
  test('the headline above the quoted words, not the quote', () => {
    const text = [
      'Wali Kota Terima Kunjungan Duta Besar Jepang',
      'Kami ingin kerja sama ini segera berjalan di bidang pendidikan',
      'Penulis:',
      'Andi Saputra',
      'BANDUNG - Wali Kota Bandung menerima kunjungan Duta Besar Jepang di Balai Kota, Senin (4/3/2019).',
      'Keduanya membahas kerja sama pendidikan dan pariwisata.',
      '"Kami ingin kerja sama ini segera berjalan di bidang pendidikan dan kebudayaan," ujar Wali Kota.',
    ].join('\n');
    assert.equal(title(text), 'Wali Kota Terima Kunjungan Duta Besar Jepang');
  });

  test('a headline the text repeats without quotation marks stays the headline', () => {
    const text = [
      'Wali Kota Terima Kunjungan Duta Besar Jepang di Balai Kota',
      'Penulis:',
      'Andi Saputra',
      'BANDUNG - Wali Kota Terima Kunjungan Duta Besar Jepang di Balai Kota menjadi acara resmi pertama tahun ini, Senin (4/3/2019).',
      'Keduanya membahas kerja sama pendidikan dan pariwisata.',
    ].join('\n');
    assert.equal(title(text), 'Wali Kota Terima Kunjungan Duta Besar Jepang di Balai Kota');
  });
});
