// Indonesian writes a consul's or an ambassador's country straight after the title and the post
// after "di": "Konsul Jenderal Jepang di Surabaya". That city is where the consulate is, not where
// the regent received the consul; the venue named later in the sentence is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const place = (lines: string[]): string | null => parseRecordText(lines.join('\n\n')).place;

test('the city of the consulate is the post; the hall named after is the place', () => {
  assert.equal(
    place([
      'Bupati terima Konjen Jepang',
      'Pemerintah Kabupaten Malang menerima kunjungan kehormatan Konsul Jenderal Jepang di Surabaya, Kenji Ito, pada Rabu (4/9/2024) di Pendopo Kabupaten Malang.',
      'Pertemuan tersebut membahas kerja sama dengan daerah yang dipimpinnya.',
    ]),
    'Pendopo Kabupaten Malang',
  );
});

test('an embassy\'s word that holds "dubes" is no title: "di Kedubes Rusia di Jakarta" is read', () => {
  const found = place([
    'Rektor temui Wakil Dubes Rusia',
    'Rektor Universitas Gadjah Mada bertemu Wakil Duta Besar Rusia untuk Indonesia di Kedubes Rusia di Jakarta, Kamis (6/2).',
  ]);
  assert.notEqual(found, 'Rusia');
});
