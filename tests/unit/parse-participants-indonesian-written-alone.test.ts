// A desk officer imports Indonesian news of a mayor's guests: "Wali Kota Sukamaju Edi Rahman Putra
// menerima …" gives no bracket, comma or title to say where the city ends and the name begins, but the
// record writes the name alone later ("Edi menerangkan", "ujar Edi."), and that says it. Degrees may come
// several together, in capitals ("Wali Kota Sukamaju, DR. H. Firman, MT"). A word written after "di" or
// "ke" is a place's, not a name's start ("Gubernur Sulawangi di Jalan Merdeka").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('the name the record writes alone later says where the city ends', () => {
  const found = people([
    'Wali Kota Sukamaju terima kunjungan Majelis Daerah Kinabalu',
    'Wali Kota Sukamaju Edi Rahman Putra menerima kunjungan rombongan Majelis Daerah Kinabalu di Kantor Wali Kota, Senin (20/11/2023).',
    'Edi menerangkan, kunjungan ini mempererat persahabatan kedua kota.',
  ]);
  const edi = found.find((p) => p.name === 'Edi Rahman Putra');
  assert.ok(edi, JSON.stringify(found));
  assert.equal(edi.role, 'Wali Kota Sukamaju');
});

test('several degrees in capitals before a one-word name after the comma', () => {
  const found = people([
    'Wali Kota Sukamaju audiensi dengan Presiden',
    'Wali Kota Sukamaju, DR. H. Firman, MT melaksanakan audiensi dengan Presiden di Istana Negara, Selasa (3/3/2020).',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Firman' && p.role === 'Wali Kota Sukamaju'),
    JSON.stringify(found),
  );
});

test('a street written after "di" is no name, though the record writes it again', () => {
  const found = people([
    'Gubernur Sulawangi terima kunjungan Konsul Jenderal',
    'Gubernur Sulawangi Jalan Merdeka menerima tamu. Gubernur Sulawangi bertemu Konsul Jenderal di Jalan Merdeka, Kamis (11/4/2024).',
  ]);
  assert.ok(!found.some((p) => (p.name ?? '').includes('Jalan')), JSON.stringify(found));
});
