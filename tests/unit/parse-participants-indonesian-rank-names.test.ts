// A desk officer imports Indonesian regional news of police and council visits. A police or army rank
// after the office says where the name starts, with no comma ("Kapolres Sukamaju Kota AKBP Bagus Made
// Pratama"), and a degree glued on after a comma ends it ("AKBP Dr. Ahmad Fauzi,S.I.K"). A one-word
// name after the office's comma is read when the record writes it again ("… , Rusli menjelaskan … kata
// Rusli"), not a word of an office's field ("Kabag Humas, Protokol dan …") nor a place ("di Sukamaju").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('a police chief and his deputy named after their ranks, with no comma after the office', () => {
  const found = people([
    'Kapolres Sukamaju terima kunjungan Bupati',
    'Kapolres Sukamaju Kota AKBP Bagus Made Pratama yang didampingi Wakapolres Kompol Yusuf Hidayat menerima kunjungan Bupati Sukamaju di Mapolres, Selasa (9/1/2024).',
    'Dalam pertemuan itu, Kapolres Sulawangi AKBP Dr. Ahmad Fauzi,S.I.K,M.H. juga hadir.',
  ]);
  const names = found.map((p) => p.name);
  assert.ok(names.includes('Bagus Made Pratama'), JSON.stringify(found));
  assert.ok(names.includes('Yusuf Hidayat'), JSON.stringify(found));
  assert.ok(names.includes('Ahmad Fauzi'), JSON.stringify(found));
  assert.equal(found.find((p) => p.name === 'Bagus Made Pratama')?.role, 'Kapolres Sukamaju Kota');
});

test('a one-word name after the comma, written again later, is the holder', () => {
  const found = people([
    'DPRD Sukamaju terima kunjungan kerja DPRD Sulawangi',
    'DPRD Kota Sukamaju menerima kunjungan kerja DPRD Kabupaten Sulawangi, Rabu (4/9/2024).',
    'Ketua Komisi II DPRD Kabupaten Sulawangi, Rusli menjelaskan, kunjungan ini untuk mempelajari perizinan.',
    '“Kami ingin belajar,” kata Rusli.',
  ]);
  const rusli = found.find((p) => p.name === 'Rusli');
  assert.ok(rusli, JSON.stringify(found));
  assert.equal(rusli.role, 'Ketua Komisi II DPRD Kabupaten Sulawangi');
});

test('a field of the office or a place after the comma is no one, however often written', () => {
  const found = people([
    'Sekretariat DPRD Sukamaju terima kunjungan kerja',
    'Sekretariat DPRD Sukamaju menerima kunjungan kerja Sekretariat DPRD Sulawangi, Rabu (4/9/2024).',
    'Kasubbag Humas, Protokol dan Publikasi Sekretariat DPRD Sulawangi, Ali Wijaya menyampaikan terima kasih. Bagian Protokol dan Humas menyiapkan acara.',
    'Ketua DPRD Kabupaten Sukamaju, Wonosari menyambut rombongan di Wonosari.',
  ]);
  const names = found.map((p) => p.name);
  assert.ok(names.includes('Ali Wijaya'), JSON.stringify(found));
  assert.ok(!names.includes('Protokol'), JSON.stringify(found));
  assert.ok(!names.includes('Wonosari'), JSON.stringify(found));
});
