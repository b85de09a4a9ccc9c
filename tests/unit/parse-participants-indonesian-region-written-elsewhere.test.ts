// Indonesian writes a regional head's office, the region and the name as one capitalised run: "Wali
// Kota Semarang Hendra Wijaya". Where the region ends is read from the record: the same region
// written elsewhere as a place ("di Kota Semarang"), or a region closed by its compass word
// ("Kalimantan Barat"). An attendance list's offices keep their portfolio after "dan" and their city
// after "Kota" ("Kadis Pertanian dan Perikanan Kota Padang Rudi Hartono").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('a mayor whose city the record also writes as a place is read past the city', () => {
  const found = people([
    'Wali Kota terima rombongan APEKSI',
    'Wali Kota Semarang Hendra Wijaya menerima rombongan wali kota se-Jawa Tengah, Senin (4/3/2024).',
    'Para tamu diajak berkeliling di Kota Semarang setelah jamuan makan malam.',
  ]);
  const mayor = found.find((p) => p.name === 'Hendra Wijaya');
  assert.ok(mayor, JSON.stringify(found));
  assert.equal(mayor.role, 'Wali Kota Semarang');
});

test('a governor of a region closed by its compass word is read past the region', () => {
  const found = people([
    'Gubernur bertemu duta besar',
    'Gubernur Kalimantan Barat Andi Pratama Putra bertemu duta besar Jepang di kantor gubernur, Selasa (5/3/2024).',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Andi Pratama Putra' && p.role === 'Gubernur Kalimantan Barat'),
    JSON.stringify(found),
  );
});

test('no region written anywhere as a place: the run is not cut by guess', () => {
  const found = people([
    'Bupati hadiri pertemuan',
    'Bupati Lembah Hijau Sari Dewi hadir dalam pertemuan para kepala daerah, Rabu (6/3/2024).',
  ]);
  assert.ok(!found.some((p) => p.name === 'Sari Dewi' || p.name === 'Hijau Sari Dewi'), JSON.stringify(found));
});

test('an attendance list keeps a portfolio joined by "dan" and a city after "Kota" in the office', () => {
  const found = people([
    'Wali Kota hadiri jamuan makan malam',
    'Dalam jamuan itu Wali Kota didampingi Asisten Ekonomi dan Pembangunan Budi Santoso, Kadis Perhubungan Kota Padang Rudi Hartono serta Kadis Pertanian dan Perikanan Joko Susilo.',
  ]);
  const byName = (n: string) => found.find((p) => p.name === n);
  assert.equal(byName('Budi Santoso')?.role, 'Asisten Ekonomi dan Pembangunan', JSON.stringify(found));
  assert.equal(byName('Rudi Hartono')?.role, 'Kadis Perhubungan Kota Padang', JSON.stringify(found));
  assert.equal(byName('Joko Susilo')?.role, 'Kadis Pertanian dan Perikanan', JSON.stringify(found));
  assert.ok(!found.some((p) => /Padang|Perikanan|Pembangunan/u.test(p.name ?? '')), JSON.stringify(found));
});

test('a region after "Wali Kota" closed by its compass word is no one', () => {
  const found = people([
    'Jamuan makan malam APEKSI',
    'Jamuan turut dihadiri Ketua APEKSI Rina Kartika yang juga Wali Kota Jakarta Selatan.',
  ]);
  assert.ok(!found.some((p) => p.name === 'Jakarta Selatan'), JSON.stringify(found));
});

test('a region of two words before a comma is read as the region when the record writes it as a place', () => {
  const found = people([
    'Pertemuan wali kota se-Sumatera',
    'Selaku tuan rumah, Wali Kota Tanjung Harapan, Dewi Lestari menyambut para wali kota dalam pertemuan, Jumat (8/3/2024).',
    'Makan malam digelar di taman Kota Tanjung Harapan.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Dewi Lestari' && p.role === 'Wali Kota Tanjung Harapan'),
    JSON.stringify(found),
  );
});
