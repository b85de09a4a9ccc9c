// A record copied from a mail or a PDF: the lead pasted whole on one long line, the rest wrapped at
// ~75 columns. The long line is a paragraph of its own and the wrapped lines below it are joined,
// so "Duta\nBesar Kanada Cameron Contoh" reads as the one title and name it is. A column of short
// lines under a long one (dates, figures) is no wrapped prose and stays line by line.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { splitParagraphs } from '../../electron/node/library/parse/paragraphs.ts';

const texts = (lines: string[]): string[] => splitParagraphs(lines).map((p) => p.text);

describe('a long lead above hard-wrapped lines', () => {
  const LINES = [
    'Presiden menerima surat kepercayaan dari enam Duta Besar Luar Biasa Berkuasa Penuh negara sahabat di Istana Merdeka, Jakarta, Rabu (12/3/2025).',
    'Para duta besar tiba di halaman Istana Merdeka sejak pukul 08.30 WIB dan',
    'mengikuti upacara penyambutan kenegaraan.',
    'Mereka yang menyerahkan surat kepercayaan antara lain Duta Besar Argentina',
    'Pablo Ejemplo Ruiz, Duta Besar Republik Zimbabwe Tendai Sampuli, Duta',
    'Besar Kanada Cameron Contoh dan Duta Besar Yunani Nikos Paradeigma.',
  ];

  test('the long line stands alone; the wrapped lines are joined into their paragraphs', () => {
    const got = texts(LINES);
    assert.equal(got[0], LINES[0]);
    assert.ok(
      got.some((t) => t.includes('Duta Besar Kanada Cameron Contoh')),
      JSON.stringify(got),
    );
  });

  test('each envoy of the wrapped list is read, with the country written before the name', () => {
    const found = parseRecordText(LINES.join('\n')).participants;
    const canada = found.find((p) => p.name === 'Cameron Contoh');
    assert.ok(canada, JSON.stringify(found.map((p) => p.name)));
    assert.equal(canada.country, 'Canada');
  });

  test('a column of dates under a long line is not joined', () => {
    const lines = [
      `${'Foreign ministry spokesperson answered questions at the regular press conference. '.repeat(3)}`,
      '2021-10-08',
      '2021-10-08',
      '2021-10-08',
      '2021-10-08',
      '2021-10-08',
    ];
    assert.equal(texts(lines).length, 6);
  });
});
