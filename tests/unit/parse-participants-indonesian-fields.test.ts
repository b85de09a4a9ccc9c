// A desk officer imports Indonesian news that names offices by their field: "Kadis Pariwisata Odi
// Santoso", "Menteri Pendidikan dan Kebudayaan". The field is the office's, not the person's first name:
// "Odi Santoso" is the head of tourism, and "Menteri Investasi" alone names nobody. A headline's
// capitalised verb ("Mendagri Tekankan Disiplin Anggaran") names nobody either; a Turkish "Hakan" stays.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('the field after the office goes back to the office', () => {
  const found = people([
    'Wali Kota Sukamaju terima audiensi Konsul Jenderal',
    'Wali Kota Sukamaju, Budi Santoso menerima audiensi Konsul Jenderal di Balai Kota, Kamis (2/10/2025), didampingi Kadis Pariwisata Odi Santoso dan Kabag Kerjasama Seri Lestari.',
  ]);
  const odi = found.find((p) => p.name === 'Odi Santoso');
  assert.ok(odi, JSON.stringify(found));
  assert.equal(odi.role, 'Kadis Pariwisata');
  assert.ok(!found.some((p) => /Pariwisata|Kerjasama/u.test(p.name ?? '')), JSON.stringify(found));
});

test('a ministry alone and a headline verb name nobody; a name that only sounds like one is kept', () => {
  const found = people([
    'Mendagri Tekankan Disiplin Anggaran',
    'Rektor Universitas Sukamaju, Budi Santoso menandatangani nota kesepahaman untuk program Menteri Pendidikan dan Kebudayaan, Jumat (28/9/2024).',
    'Menlu Turki Hakan Fidan bertemu Menlu RI Retno Marsudi di Ankara.',
  ]);
  const names = found.map((p) => p.name);
  assert.ok(!names.includes('Pendidikan'), JSON.stringify(found));
  assert.ok(!names.some((n) => (n ?? '').startsWith('Tekankan')), JSON.stringify(found));
  assert.ok(names.includes('Hakan Fidan'), JSON.stringify(found));
});
