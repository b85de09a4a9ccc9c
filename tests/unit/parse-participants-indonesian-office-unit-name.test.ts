// Indonesian writes an office, its unit, then the holder's name with no comma between them. In a list of
// those present the name comes after a company's form ("Direktur PT. Bank Daerah A B"), which ends no
// sentence, or after a bureau's field ("Kabag Rumah Tangga A B", household affairs), which is no one's name.
// Newspapers that drop the stops write the titles bare before the name ("Wakil Rektor II Dr H A"): they
// say as plainly as "Dr. H." where the office ends and the name begins.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('an Indonesian list of those present naming a company director after "PT." and a household-affairs head lists both', () => {
  const found = people([
    'Gubernur terima kunjungan Duta Besar Belanda',
    'KENDARI - Gubernur Sulawesi Tenggara menerima kunjungan kehormatan Duta Besar Belanda di rumah jabatan, Senin (4/3/2024).',
    'Turut hadir, Kadis Perhubungan Yusuf Hamdani, Direktur Utama PT. Bank Pembangunan Daerah Rina Kartika Dewi, Kabag Rumah Tangga Benny Wahyu Saputra, Kabag Umum Nurlela Hasan.',
  ]);
  const names = found.map((p) => p.name);
  for (const n of ['Rina Kartika Dewi', 'Benny Wahyu Saputra', 'Nurlela Hasan'])
    assert.ok(names.includes(n), JSON.stringify(found));
  assert.equal(found.find((p) => p.name === 'Benny Wahyu Saputra')?.role, 'Kabag Rumah Tangga');
  assert.match(found.find((p) => p.name === 'Rina Kartika Dewi')?.role ?? '', /^Direktur Utama PT\. Bank Pembangunan Daerah/u);
});

test("an Indonesian record writing bare titles before an official's name lists him under his office", () => {
  const found = people([
    'Universitas Teken Kerja Sama dengan Universitas Malaysia',
    'MATARAM - Universitas Nusa Bangsa menerima kunjungan delegasi Universiti Malaya dan menandatangani nota kesepahaman di Mataram, Selasa (14/3/2023).',
    'Wakil Rektor II Universitas Nusa Bangsa Dr H Lalu Ahmad Zaini menyambut delegasi tersebut. Kepala Kantor Urusan Internasional Drs H Baiq Ratna hadir dalam pertemuan itu.',
  ]);
  const zaini = found.find((p) => p.name === 'Lalu Ahmad Zaini');
  assert.ok(zaini, JSON.stringify(found));
  assert.equal(zaini.role, 'Wakil Rektor II Universitas Nusa Bangsa');
  assert.ok(
    found.some((p) => p.name === 'Baiq Ratna'),
    JSON.stringify(found),
  );
});

test('an Indonesian official whose name carries an initial H is not cut at it', () => {
  const found = people([
    'Ketua DPRD terima kunjungan Konsul Jenderal Australia',
    'MAKASSAR - Ketua DPRD Andi H Rahman menerima kunjungan Konsul Jenderal Australia di ruang kerjanya, Rabu (6/3/2024).',
  ]);
  assert.ok(!found.some((p) => p.name === 'Rahman'), JSON.stringify(found));
});
