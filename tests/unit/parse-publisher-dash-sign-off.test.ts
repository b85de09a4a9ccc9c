// Malaysian papers carry the national agency's stories and say so at the end: "… pada tahun berikutnya.
// – BERNAMA", "-- BERNAMA", "… daripada 2020. - Bernama". A desk officer files the agency as the
// publisher when nothing stronger names one; a reporter's or editor's initials ("- PR", "-VC") are no outlet.
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
});
