// Indonesian governors, regents and mayors: the office, the region, then the name, all capitalised.
// The name is read only where the record shows where the region ends; otherwise it is left out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (lines: string[]) => parseRecordText(lines.join('\n\n')).participants.map((p) => p.name);

test("'Gubernur Kalimantan Barat (Kalbar) Budi Santoso menerima Duta Besar …': the governor is Budi Santoso", () => {
  const found = names([
    'Gubernur Kalbar terima Dubes Jepang',
    'PONTIANAK - Gubernur Kalimantan Barat (Kalbar) Budi Santoso menerima kunjungan Duta Besar Jepang Kenji Tanaka di Pendopo Gubernur, Senin (3/3/2025).',
  ]);
  assert.ok(found.includes('Budi Santoso'), found.join(' / '));
});

test("'Bupati Sikka, dr. Maria Goreti Wona …': the regent's name after the comma, without the degree", () => {
  const found = names([
    'Bupati terima rombongan Konsulat',
    'MAUMERE -- Bupati Sikka, dr. Maria Goreti Wona menerima kunjungan rombongan Konsul Jenderal Australia di Kantor Bupati, Senin (3/3/2025).',
  ]);
  assert.ok(found.includes('Maria Goreti Wona'), found.join(' / '));
});

test("the record's later 'Gubernur Ratna' shows where 'Gubernur Jawa Tengah Ratna Dewi Lestari' begins her name", () => {
  const found = names([
    'Gubernur terima Menteri Besar',
    'SEMARANG – Gubernur Jawa Tengah Ratna Dewi Lestari menerima kunjungan resmi Menteri Besar Johor Datuk Onn Hafiz Ghazi di kantornya.',
    'Dalam pertemuan itu, Gubernur Ratna menyampaikan harapan kerja sama pendidikan.',
  ]);
  assert.ok(found.includes('Ratna Dewi Lestari'), found.join(' / '));
  assert.ok(!found.some((n) => n?.startsWith('Jawa')), found.join(' / '));
});

test('with nothing to show where the region ends, no name is guessed', () => {
  const found = names([
    'Gubernur terima Dubes',
    'SEMARANG – Gubernur Jawa Tengah Ratna Dewi Lestari menerima kunjungan Duta Besar Jepang Kenji Tanaka di kantornya.',
  ]);
  assert.ok(!found.some((n) => n?.includes('Jawa')), found.join(' / '));
});
