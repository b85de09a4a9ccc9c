// A desk officer imports Malay and Indonesian news that names the person first and sets the office off
// after a comma: "bagi menemui Dato’ Seri Aminah binti Yusof, Datuk Bandar Kuala Lumpur", "dipimpin Li
// Wen, Wakil Kepala Distrik". The person is listed with that office, without the styles before the name;
// a capitalised phrase before an office that the text also writes in lower case is nobody's name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('a Malay record naming the mayor before her office, with her styles and patronymic, lists her under that office', () => {
  const found = people([
    'Kunjungan Hormat Duta Besar Jepun',
    'KUALA LUMPUR: Duta Besar Jepun telah berkunjung ke Wisma Bandar bagi menemui YBhg. Dato’ Seri Aminah binti Yusof, Datuk Bandar Kuala Lumpur di pejabat beliau pada 3 Mac 2022.',
    'Pertemuan itu membincangkan kerjasama bandar dengan Tokyo.',
  ]);
  const mayor = found.find((p) => p.name === 'Aminah binti Yusof');
  assert.ok(mayor, JSON.stringify(found));
  assert.equal(mayor.role, 'Datuk Bandar Kuala Lumpur');
});

test('an Indonesian record listing a delegation as name, office lists each member', () => {
  const found = people([
    'Bupati Terima Delegasi Tiongkok',
    'Bupati menerima kunjungan delegasi yang dipimpin Li Wenhua, Wakil Kepala Distrik, di kantor bupati, Senin (4/10/2021). Anggota delegasi adalah Zhou Ming, Kepala Dinas Budaya dan Pariwisata,Sun Lei, Kepala Dinas Pembangunan Daerah.',
  ]);
  for (const [name, role] of [
    ['Li Wenhua', 'Wakil Kepala Distrik'],
    ['Zhou Ming', 'Kepala Dinas Budaya dan Pariwisata'],
    ['Sun Lei', 'Kepala Dinas Pembangunan Daerah'],
  ]) {
    assert.equal(found.find((p) => p.name === name)?.role, role, JSON.stringify(found));
  }
});

test("a programme's capitalised name before an office is nobody's name", () => {
  const found = people([
    'Rektor Terima Mitra',
    'Untuk program Kampus Merdeka, Merdeka Belajar, Rektor Universitas Contoh menerima kunjungan mitra dengan harapan mahasiswa belajar di luar kampus, Senin (4/10/2021).',
  ]);
  assert.ok(!found.some((p) => (p.name ?? '').includes('Belajar')), JSON.stringify(found));
});
