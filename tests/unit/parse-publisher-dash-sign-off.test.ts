// Malaysian papers carry the national agency's stories and say so at the end: "… pada tahun berikutnya.
// – BERNAMA", "-- BERNAMA", "… daripada 2020. - Bernama". A desk officer files the agency as the
// publisher when nothing stronger names one; a reporter's or editor's initials ("- PR", "-VC") are no outlet.
// Philippine and other radio and papers close with the outlet in brackets: "… sa Mandaluyong. (Infinite Radio
// Calbayog)", "… talks. (Colombo Gazette)"; an office's code in capitals ("(ADPSB)") is not one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const publisher = (paragraphs: string[]): string | null => parseRecordText(paragraphs.join('\n\n')).publisher;

describe('a sign-off after a dash names the publisher', () => {
  test('"… bulan depan. – BERNAMA" closing a Malay report gives BERNAMA', () => {
    assert.equal(
      publisher([
        'Menteri Luar bertemu rakan sejawatan dari Jepun',
        'PUTRAJAYA: Menteri Luar Datuk Seri Contoh Ahmad mengadakan mesyuarat dua hala dengan rakan sejawatannya dari Jepun di Wisma Putra hari ini.',
        'Kedua-dua menteri bersetuju untuk mengadakan mesyuarat suruhanjaya bersama bulan depan. – BERNAMA',
      ]),
      'BERNAMA',
    );
  });

  test('an editor\'s initials after the dash ("… the talks. - PR") name no publisher', () => {
    assert.equal(
      publisher([
        'Ministers meet in Antalya',
        'The two foreign ministers met on the sidelines of the forum and discussed trade.',
        'Both sides agreed to continue the talks. - PR',
      ]),
      null,
    );
  });

  test('"… sa kanyang opisina. (Radyo Halimbawa)" closing a Tagalog report gives the station; "(ADPSB)" gives none', () => {
    assert.equal(
      publisher([
        'Mga embahador, nag-courtesy call kay Pangulong Marcos',
        'Nakipagpulong si Pangulong Juan Halimbawa sa mga bagong embahador sa kanyang opisina sa Maynila. (Radyo Halimbawa)',
      ]),
      'Radyo Halimbawa',
    );
    assert.equal(
      publisher([
        'Gubernur menerima kunjungan duta besar',
        'Gubernur menerima kunjungan Duta Besar Contoh di kantornya. (ADPSB)',
      ]),
      null,
    );
  });
});
