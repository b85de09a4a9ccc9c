// A desk officer imports Indonesian reports that name the guests first and then say in what capacity
// they came: "dipimpin oleh Budiman, selaku Wakil Dekan II …", "Ketua APEKSI Rina Wulandari yang juga
// Wali Kota Sukamaju", "terdiri dari Tom Reed selaku Economic Consul". Each is listed, with the office.
// A regent named by his regency ("Bupati Sleman yang juga Ketua …") gives no person "Sleman".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('an Indonesian delegation led by a name "selaku" its office lists the leader under that office', () => {
  const got = people(
    [
      'Universitas Sukamaju Terima Kunjungan Fakultas Hukum Universitas Nusantara',
      'Wakil Rektor I Universitas Sukamaju Prof Dr Ani Lestari menerima tamu dari Fakultas Hukum Universitas Nusantara, Senin (4/3). Rombongan dipimpin oleh Budiman, selaku Wakil Dekan II Fakultas Hukum Universitas Nusantara.',
      'Dalam sambutannya, Budiman menyampaikan terima kasih atas sambutan yang hangat.',
    ].join('\n\n'),
  );
  const names = got.map((p) => p.name);
  assert.ok(names.includes('Budiman'), names.join(', '));
  assert.equal(got.find((p) => p.name === 'Budiman')?.role, 'Wakil Dekan II Fakultas Hukum Universitas Nusantara');
});

test('a name after its office and before "yang juga" another office is read whole', () => {
  const names = people(
    [
      'Wali Kota Medan Jamu Peserta Rakernas APEKSI',
      'Wali Kota Medan menerima para wali kota peserta Rakernas di Rumah Dinas, Selasa (5/3) malam. Jamuan turut dihadiri Ketua APEKSI Rina Wulandari yang juga Wali Kota Sukamaju.',
    ].join('\n\n'),
  ).map((p) => p.name);
  assert.ok(names.includes('Rina Wulandari'), names.join(', '));
});

test('a consulate party "terdiri dari" a name "selaku" its office lists that member', () => {
  const names = people(
    [
      'Bupati Malaka Terima Kunjungan Konjen AS',
      'Bupati Malaka Yohanes Bria menerima kunjungan rombongan Konjen AS di ruang kerjanya, Rabu (6/3). Rombongan Konjen AS yang terdiri dari Tom Reed selaku Economic Consul melakukan kunjungan kerja ke Malaka.',
    ].join('\n\n'),
  ).map((p) => p.name);
  assert.ok(names.includes('Tom Reed'), names.join(', '));
});

test('a regent named by his regency before "yang juga" gives no person named after the regency', () => {
  const names = people(
    [
      'Bupati Sleman Terima Duta Besar Norland',
      'Bupati Sleman yang juga Ketua Asosiasi Pemerintah Kabupaten menerima Duta Besar Norland Anna Berg di Kabupaten Sleman, Kamis (7/3).',
    ].join('\n\n'),
  ).map((p) => p.name);
  assert.ok(!names.includes('Sleman'), names.join(', '));
});
