// Indonesian regency and campus news set a consul's or an envoy's name off by commas after the city
// of the posting ("Konsul Jenderal Jepang di Surabaya, Kenji Ito, …"), and say the meeting with
// "menemui" (called on), "audiensi" or "kunjungan kehormatan" (a courtesy call) as well as "bertemu".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('a consul general named between commas after the city of the consulate', () => {
  const found = people([
    'Bupati Malang terima Konjen Jepang',
    'Pemerintah Kabupaten Malang menerima kunjungan kehormatan Konsul Jenderal Jepang di Surabaya, Kenji Ito, pada Senin (2/9/2024) di Pendopo Kabupaten.',
  ]);
  const ito = found.find((p) => p.name === 'Kenji Ito');
  assert.ok(ito, JSON.stringify(found));
  assert.equal(ito.country, 'Japan');
});

test('a rector calling on a deputy ambassador ("menemui") is a meeting', () => {
  const found = people([
    'Rektor bertandang ke Kedubes',
    'Rektor Universitas Gadjah Mada menemui Wakil Duta Besar Prancis untuk Indonesia, Claire Martin, di Kedubes Prancis di Jakarta, Kamis (6/2).',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Claire Martin' && p.country === 'France'),
    JSON.stringify(found),
  );
});

test('a province after the city is not read as the consul', () => {
  const found = people([
    'Gubernur terima Konjen',
    'Gubernur menerima Konsul Jenderal Jepang di Makassar, Sulawesi Selatan, di rumah jabatan, Selasa (3/9/2024).',
  ]);
  assert.ok(!found.some((p) => p.name === 'Sulawesi Selatan'), JSON.stringify(found));
});
