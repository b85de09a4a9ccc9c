// A page copied from its photo down starts with the photo's caption, a full sentence, then the kicker
// and the headline, then the date or a lead that repeats the caption. A desk officer wants the
// headline, not the caption cut at ninety characters; a lead followed by a subheading stays a lead.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a headline under the photo caption the page starts with', () => {
  test('caption, kicker, headline, then a lead repeating the caption: the headline', () => {
    const caption = 'Der Außenminister hat am Dienstag seinen vietnamesischen Amtskollegen in Berlin empfangen.';
    const text = `${caption}\n\nVietnamesischer Minister zu Gast\n\nAußenminister empfängt Amtskollegen\n\nBerlin - ${caption} Beide sprachen über Handel und Klimaschutz.\n\nAm Mittwoch reist der Gast weiter nach Paris.`;
    assert.equal(title(text), 'Außenminister empfängt Amtskollegen');
  });

  test('caption, source credit, headline, then its date line: the headline', () => {
    const text =
      'Gubernur menyambut kedatangan Perdana Menteri Vietnam di kantor gubernur.\nSumber :\n  • Budi Santoso\nGubernur Sambut PM Vietnam di Makassar untuk Bahas Kerja Sama\nSelasa, 7 Juni 2022 - 15:31 WIB\nMakassar - Perdana Menteri Vietnam menemui Gubernur pada hari Selasa. Mereka membahas kerja sama perdagangan dan pariwisata.';
    assert.equal(title(text), 'Gubernur Sambut PM Vietnam di Makassar untuk Bahas Kerja Sama');
  });

  test('a lead sentence followed by a subheading and more text is not a caption', () => {
    const text =
      'The Foreign Minister held talks with his Vietnamese counterpart in Hanoi on Tuesday.\n\nTrade and investment\n\nThe two sides agreed to raise trade to 20 billion dollars by 2030 and to meet again next year.';
    assert.notEqual(title(text), 'Trade and investment');
  });
});
