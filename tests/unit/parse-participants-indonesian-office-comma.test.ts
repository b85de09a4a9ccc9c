// Indonesian regional news sets the holder off from a long office with a comma, often after a
// police or army rank: "Sekretaris DPRD Provinsi Riau, Budi Santoso mengatakan …", "Kapolres
// Sleman, AKBP Andi M. Pratama, S.I.K., dan …". The capitalised run before the comma is the role;
// the words after the rank are the name. A list of offices and their holders with no comma between
// them ("Turut hadir, Wakil Ketua PKK Sari Dewi, Unsur Forkopimda, Asisten …") names no one after its commas.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('a council secretary and a visiting press officer are read after their offices and commas', () => {
  const found = people([
    'Sekretariat DPRD Riau terima kunjungan kerja DPRD Bali',
    'Sekretariat DPRD Provinsi Riau menerima kunjungan kerja rombongan DPRD Provinsi Bali di Pekanbaru, Selasa (4/6/2024).',
    'Sekretaris DPRD Provinsi Riau, Budi Santoso mengatakan, kunjungan ini mempererat silaturahmi kedua daerah.',
    'Sementara itu, Kasubbag Humas, Protokol dan Publikasi Sekretariat DPRD Provinsi Bali, Made Arya Wibawa menyampaikan terima kasih.',
  ]);
  const budi = found.find((p) => p.name === 'Budi Santoso');
  assert.ok(budi, JSON.stringify(found));
  assert.equal(budi.role, 'Sekretaris DPRD Provinsi Riau');
  const made = found.find((p) => p.name === 'Made Arya Wibawa');
  assert.ok(made, JSON.stringify(found));
  assert.match(made.role ?? '', /^Kasubbag Humas, Protokol dan Publikasi/u);
});

test('police ranks after the comma are not names, and initials stay in the name', () => {
  const found = people([
    'Kapolres Sleman silaturahmi dengan Bupati Sleman',
    'Pertemuan antara Kapolres Sleman, AKBP Andi M. Pratama, S.I.K., dan Bupati Sleman, Hj. Sri Rahayu, berlangsung di ruang kerja bupati, Senin (3/6/2024).',
    'Turut hadir Kabag Ops Polres Sleman, AKP Abd. Rahman, S.H., dalam pertemuan itu.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Andi M. Pratama'),
    JSON.stringify(found),
  );
  assert.ok(
    found.some((p) => p.name === 'Abd. Rahman'),
    JSON.stringify(found),
  );
  assert.ok(!found.some((p) => /AKBP|AKP/u.test(p.name ?? '')), JSON.stringify(found));
});

test('an item of a list of offices is not read as the holder of the office before it', () => {
  const found = people([
    'Gubernur lepas kepulangan Duta Besar Maroko',
    'Gubernur menerima kunjungan perpisahan Duta Besar Maroko di rumah jabatan, Rabu (5/6/2024).',
    'Turut hadir, Wakil Ketua TP PKK Sari Dewi, Unsur Forkopimda Sulteng, Asisten Perekonomian Rudi Hartono.',
  ]);
  assert.ok(!found.some((p) => p.name === 'Unsur Forkopimda Sulteng'), JSON.stringify(found));
});

test('a region or a day after an office and its comma is no one', () => {
  const found = people([
    'Kepala dinas terima tamu',
    'Kepala Dinas Pariwisata Provinsi Jawa Tengah menerima kunjungan rombongan dari Kalimantan Timur di Semarang, Jawa Tengah, Senin (3/6/2024).',
  ]);
  assert.ok(!found.some((p) => /Jawa|Kalimantan|Senin/u.test(p.name ?? '')), JSON.stringify(found));
});

test('a title after the office’s run sets the holder off as a comma does', () => {
  const found = people([
    'Sekwan Riau terima kunjungan DPRD Jambi',
    'Sekretaris DPRD Provinsi Riau (Sekwan) H. Zulkifli menerima kunjungan kerja DPRD Provinsi Jambi di ruang kerjanya, Kamis (6/6/2024).',
  ]);
  const held = found.find((p) => p.name === 'Zulkifli');
  assert.ok(held, JSON.stringify(found));
  assert.equal(held.role, 'Sekretaris DPRD Provinsi Riau (Sekwan)');
});
