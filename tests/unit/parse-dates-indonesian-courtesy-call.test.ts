// A desk officer imports Indonesian regional news of courtesy calls: "beraudiensi dengan Bupati …, Senin (21/3/2022)",
// "bersilaturahmi …" (with the verb's prefix, or "silaturrahmi" with the doubled r), "pada Senin pagi (11/05/2020)" (the
// part of the day between weekday and date), "Pada Selasa, 30 Juli 2024, … pertemuan …" (a lead that opens on "on
// Tuesday", no dateline's city). Each states its meeting's day in full. A dateline's date stays the dispatch's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meeting = (lines: string[]) => parseRecordText(lines.join('\n')).meetingDate;

test('"beraudiensi dengan Bupati …, Senin (21/3/2022)" dates the audience, even with "hari ini" after it', () => {
  assert.equal(
    meeting([
      'Pengurus HMI audiensi dengan Bupati Sukamaju',
      'Sukamaju, Kabarkita.com - Ketua HMI Cabang Sukamaju, Rina Lestari beserta pengurus beraudiensi dengan Bupati Sukamaju, H. Budi Santoso, di Rumah Dinas Bupati, Senin (21/3/2022).',
      'Rina menyampaikan tujuan audiensi hari ini adalah bersilaturahmi dan memperkenalkan pengurus baru.',
    ]),
    '2022-03-21',
  );
});

test('"pada Senin pagi (11/05/2020)" after "bersilaturahmi ke Danrem": the morning named between weekday and date', () => {
  assert.equal(
    meeting([
      'Kapolda yang baru, Brigjen Pol Andi Wijaya, bersilaturahmi ke Markas Korem 101 di Kota Sukamaju. Kunjungan silaturrahmi yang dilakukan pada Senin pagi (11/05/2020) tersebut bertujuan meningkatkan soliditas.',
      'Danrem 101, Brigjen TNI Joko Susilo, menyambut hangat kedatangan Kapolda.',
    ]),
    '2020-05-11',
  );
});

test('"Pada Selasa, 30 Juli 2024, … pertemuan …": the lead opens on the day, not on a dateline\'s city', () => {
  assert.equal(
    meeting([
      'Kapolres Sukamaju Gelar Silaturahmi dengan Bupati',
      'Sukamaju, kabarkita.co.id – Pada Selasa, 30 Juli 2024, ruang Bupati Sukamaju menjadi saksi pertemuan antara Kapolres Sukamaju, AKBP Andi Wijaya, dan Bupati Sukamaju, H. Budi Santoso.',
      'Pertemuan ini bertujuan memperkuat sinergi.',
    ]),
    '2024-07-30',
  );
});

test('a dateline "Sukamaju, 30 Juli 2024 –" before "bertemu … kemarin" stays the dispatch\'s day: the meeting is the day before', () => {
  assert.equal(
    meeting([
      'Bupati Terima Kunjungan Konsul Jenderal',
      'Sukamaju, 30 Juli 2024 – Bupati Sukamaju, H. Budi Santoso, bertemu dengan Konsul Jenderal Jepang, Kenji Sato, kemarin di kantor bupati.',
      'Keduanya membahas kerja sama pendidikan.',
    ]),
    '2024-07-29',
  );
});
