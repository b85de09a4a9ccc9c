// A desk officer imports Indonesian regional news whose lead closes on its day as a sentence of its own:
// "… bersilaturahmi dengan Bupati … di kantor bupati. Selasa (12/07/2022)." The day dates the courtesy call before it.
// A date alone after a sentence that tells no meeting stays that sentence's (here, nobody's meeting).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meeting = (lines: string[]) => parseRecordText(lines.join('\n')).meetingDate;

test('"… bersilaturahmi dengan Bupati …. Selasa (12/07/2022).": the day closing the lead dates the call', () => {
  assert.equal(
    meeting([
      'Wakil Bupati Silaturahmi dengan Bupati di Hari Pertama Kerja',
      'KABARKITA.ID | Wakil Bupati Sukamaju Rina Lestari bersilaturahmi dengan Bupati Sukamaju, Budi Santoso di kantor bupati. Selasa (12/07/2022).',
      'Keduanya membahas program kerja setelah libur lebaran.',
    ]),
    '2022-07-12',
  );
});

test("a day alone after a sentence about the weather is no meeting's", () => {
  assert.equal(
    meeting([
      'Cuaca Cerah di Sukamaju',
      'KABARKITA.ID | Cuaca di Kabupaten Sukamaju cerah sepanjang hari dan warga memadati pasar. Selasa (12/07/2022).',
      'Petugas mengatur lalu lintas di sekitar pasar.',
    ]),
    null,
  );
});
