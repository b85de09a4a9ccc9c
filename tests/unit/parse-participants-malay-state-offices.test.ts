// A desk officer imports Malay news of a state's leaders: "Ketua Menteri, Datuk Seri Panglima Haji
// Amin Yusof", "Setiausaha Kerajaan Negeri Dato’ Rahim Bin Osman", "Penasihat Undang-Undang Negeri
// Dato’ Aisyah Binti Kamal". The rank after the office says where the name starts, whatever the office;
// "Datuk Seri Panglima" and "Haji" are the rank's, not the name's. Without a rank, a long office is not
// read up to a capitalised word ("Pegawai Kewenangan Negeri Sembilan" names nobody).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test("a chief minister and the state's officers named after their ranks", () => {
  const found = people([
    'KOTA KINABALU: Ketua Menteri, Datuk Seri Panglima Haji Amin Yusof menerima kunjungan hormat Duta Besar Jepun ke Malaysia, Takahashi Katsuhiko di Menara Kinabalu, Isnin.',
    'Turut hadir Setiausaha Kerajaan Negeri Dato’ Rahim Bin Osman dan Penasihat Undang-Undang Negeri Dato’ Aisyah Binti Kamal dalam pertemuan itu.',
  ]);
  const amin = found.find((p) => p.name === 'Amin Yusof');
  assert.ok(amin, JSON.stringify(found));
  assert.equal(amin.role, 'Ketua Menteri');
  assert.equal(amin.country, 'Malaysia');
  assert.equal(found.find((p) => p.name === 'Rahim Bin Osman')?.role, 'Setiausaha Kerajaan Negeri', JSON.stringify(found));
  assert.ok(
    found.some((p) => p.name === 'Aisyah Binti Kamal'),
    JSON.stringify(found),
  );
});

test('an officer with no rank after the office is not read up to a capitalised word', () => {
  const found = people([
    'Menteri Besar, Datuk Seri Aminuddin Harun menerima kunjungan Gubernur Jawa Timur di Seremban, Khamis.',
    'Pegawai Kewenangan Negeri Sembilan turut hadir dalam pertemuan itu.',
  ]);
  assert.ok(!found.some((p) => (p.name ?? '').includes('Sembilan')), JSON.stringify(found));
});

test("an envoy named after the post he serves ('Duta China ke Malaysia Dr …') and an acting minister in lower case before his rank", () => {
  const found = people([
    'Pertemuan Duta dengan Menteri',
    'Duta China ke Malaysia Dr Li Wenhao bertemu pemangku menteri luar, Datuk Hamid Yusof di Putrajaya pagi tadi.',
  ]);
  const envoy = found.find((p) => p.name === 'Li Wenhao');
  assert.ok(envoy, JSON.stringify(found));
  assert.equal(envoy.country, 'China');
  assert.ok(
    found.some((p) => p.name === 'Hamid Yusof'),
    JSON.stringify(found),
  );
  // "dan" ends a lower-case office: "menteri luar dan Datuk …" names no one's office.
  const listed = people(['Majlis makan malam', 'Beliau bertemu menteri luar dan Datuk Hamid Yusof di Kuala Lumpur semalam.']);
  assert.ok(!listed.some((p) => p.role === 'menteri luar dan'), JSON.stringify(listed));
});
