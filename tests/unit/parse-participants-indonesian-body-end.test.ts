// Indonesian news writes the holder straight after the office and its body, with no comma, when the
// body's name ends in a word that plainly closes it: an acronym ("Kepala Biro Kerja Sama UNHAS Rudi
// Hartono"), a bracketed short form ("Sekretaris Daerah (Sekda) Dedi Kurnia"), the country
// ("Ketua Dewan Pakar Apindo Indonesia Sari Lestari") or a compass word closing a region. A company's
// legal form, a region the record writes elsewhere and a list of bodies name no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;
const names = (lines: string[]) => people(lines).map((p) => p.name);

test('an Indonesian record naming a bureau head after the university acronym lists him with his office', () => {
  const found = people([
    'Kunjungan delegasi Universitas Hanoi',
    'Delegasi Universitas Hanoi diterima di Makassar, Selasa (4/6/2024). Rombongan disambut Kepala Biro Kerja Sama UNHAS Rudi Hartono dan sejumlah dosen di kantornya.',
    'Dalam pertemuan tersebut, keduanya membahas kerja sama pendidikan.',
  ]);
  const rudi = found.find((p) => p.name === 'Rudi Hartono');
  assert.ok(rudi, JSON.stringify(found));
  assert.equal(rudi.role, 'Kepala Biro Kerja Sama UNHAS');
});

test('an Indonesian record naming holders after a short form in brackets, a country or a region lists them', () => {
  const found = names([
    'Pertemuan dengan pengusaha Jepang',
    'Sekretaris Daerah (Sekda) Dedi Kurnia menerima rombongan pengusaha Jepang di Palu, Rabu (5/6/2024).',
    'Dalam pertemuan, Dedi duduk bersama Ketua Dewan Pakar Apindo Indonesia Sari Lestari.',
    'Turut hadir Kepala Dinas Pariwisata Sulawesi Tengah Maya Anggraini yang memaparkan potensi wisata.',
  ]);
  for (const name of ['Dedi Kurnia', 'Sari Lestari', 'Maya Anggraini']) assert.ok(found.includes(name), JSON.stringify(found));
});

test('a company, a region written elsewhere or a list of council bodies after an acronym is no one', () => {
  const found = names([
    'Kunjungan kerja DPRD',
    'Direktur Utama PT Sinar Jaya Abadi menyambut rombongan di Medan, Kamis (6/6/2024).',
    'Ketua DPRD Sumut Tigor Nainggolan menerima rombongan. Pemprov Sumut mendukung kunjungan itu.',
    'Ketua DPRD Jatim Arif Santoso bertemu dengan Dekan Fakultas Hukum UNAIR Sinta Dewi di kantornya.',
    'Hadir Pimpinan DPRD Blora, DPRD Sibolga, DPRD Karo Kenanga, DPRD Cianjur dan lainnya.',
  ]);
  for (const name of ['Sinar Jaya Abadi', 'Jaya Abadi', 'Sumut Tigor Nainggolan', 'Jatim Arif Santoso', 'Karo Kenanga'])
    assert.ok(!found.includes(name), JSON.stringify(found));
});

test('an Indonesian record spelling the last word of a name two ways lists the person once', () => {
  const found = names([
    'Jamuan makan malam',
    'Jamuan makan malam di Semarang, Selasa (2/7/2024), dihadiri Ketua APEKSI Ratna Melati Ariani yang juga Wali Kota Bogor.',
    'Setelah itu Ketua APEKSI Ratna Melati Ariany menyampaikan sambutan. Dalam pertemuan tersebut, keduanya membahas kerja sama.',
  ]);
  assert.equal(found.filter((n) => n?.startsWith('Ratna Melati')).length, 1, JSON.stringify(found));
});
