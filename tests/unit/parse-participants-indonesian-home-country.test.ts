// A desk officer imports Indonesian and Malay news: their papers give a foreigner's country
// ("Presiden Tiongkok Xi Jinping") and leave their own officials' unsaid ("Presiden Joko Widodo",
// "Bupati Sukamaju Budi Santoso", "Perdana Menteri, Datuk Seri Anwar Ibrahim"). The bare office of the
// state, or one only Indonesia's regions and police have, is the home country's. A mayor may be a
// foreign city's ("Wali Kota Nanjing"): no country is given him.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test("Indonesia's own president and regent, and China's president as the text says", () => {
  const found = people([
    'Presiden Joko Widodo menerima kunjungan Presiden Tiongkok Xi Jinping di Istana Bogor, Senin (2/10/2023).',
    'Dalam pertemuan itu, Presiden didampingi Bupati Sukamaju, Budi Santoso yang juga hadir dalam jamuan.',
  ]);
  assert.equal(found.find((p) => p.name === 'Joko Widodo')?.country, 'Indonesia', JSON.stringify(found));
  assert.equal(found.find((p) => p.name === 'Budi Santoso')?.country, 'Indonesia', JSON.stringify(found));
  assert.equal(found.find((p) => p.name === 'Xi Jinping')?.country, 'China', JSON.stringify(found));
});

test("a Malay paper's own prime minister is Malaysia's", () => {
  const found = people([
    'PUTRAJAYA: Perdana Menteri, Datuk Seri Anwar Ibrahim menerima kunjungan hormat Menteri Luar Jepun, Yoko Kamikawa di Seri Perdana, Rabu.',
    'Pertemuan itu membincangkan kerjasama dua hala antara kerajaan kedua-dua negara sempena lawatan rasmi beliau dan isu serantau yang lain.',
  ]);
  assert.equal(found.find((p) => p.name === 'Anwar Ibrahim')?.country, 'Malaysia', JSON.stringify(found));
});

test('a mayor of a city the text does not place is given no country', () => {
  const found = people([
    'Wali Kota Sukamaju, Budi Santoso menerima kunjungan Wali Kota Nanjing, Chen Zhiming di Balai Kota, Kamis (2/10/2025).',
    'Pertemuan itu membahas kerja sama kota kembar dan pertukaran pelajar.',
  ]);
  const chen = found.find((p) => p.name === 'Chen Zhiming');
  assert.ok(chen, JSON.stringify(found));
  assert.equal(chen.country, null);
});
