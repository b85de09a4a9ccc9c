// Indonesian and Malay desks date a meeting with its weekday and the day in figures, and small desks write it loosely:
// the weekday in lower case ("kamis (09/01/25)"), the year in two digits ("Kamis (2/10/25)"), a bracket dropped
// ("pada Selasa 10/12/2019)"). A two-digit year is read only when the weekday falls on that day. A quote said while
// hosting the guest ("… ucap X sewaktu menjamu Y, Kamis (15/9/2022)") dates the meeting, and "Kemarin Senin (22 Juli
// 2019)" is the date the brackets give, not a "yesterday" with nothing to count from.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions, meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;
const read = (text: string): [string, number | null, number | null, number | null][] =>
  findDateMentions(text).map((m) => [m.phrase, m.year, m.month, m.day]);

describe('a weekday and the day in figures, written loosely', () => {
  test('"kamis (09/01/25)": lower case and a two-digit year the weekday confirms', () => {
    const text = 'Bupati Sleman menerima kunjungan Konsul Jenderal Jepang, kamis (09/01/25) di pendopo kabupaten.';
    assert.equal(meeting(text), '2025-01-09');
  });

  test('"Jumat (2/10/25)": 2 October 2025 was a Thursday, so the year is not read', () => {
    assert.deepEqual(read('Gubernur menerima Duta Besar Korea, Jumat (2/10/25).'), []);
  });

  test('Malay "Khamis (3/7/25)": 3 July 2025 was a Thursday', () => {
    assert.deepEqual(read('Menteri bertemu rakan sejawatnya, Khamis (3/7/25).'), [['Khamis (3/7/25)', 2025, 7, 3]]);
  });

  test('"pada Selasa 10/12/2019)": the opening bracket dropped, the year given', () => {
    const text = 'Wali Kota Bogor menerima rombongan DPRD Kota Depok pada Selasa 10/12/2019) di Balai Kota.';
    assert.equal(meeting(text), '2019-12-10');
  });

  test('"Selasa 10/12" with neither bracket nor year is no date (a score, a ratio)', () => {
    assert.deepEqual(read('Skor akhir pertandingan Selasa 10/12 untuk tuan rumah.'), []);
  });
});

describe('said while meeting the guest', () => {
  test('"… ucap Wali Kota sewaktu menjamu Konsul Jenderal …, Kamis (15/9/2022) pagi": the meeting\'s day', () => {
    const text =
      'Kota Bukittinggi menjajaki kerja sama dengan Tiongkok.\n\n"Kami senang atas kedatangan Konsul Jenderal," ucap Wali Kota sewaktu menjamu Konsul Jenderal Tiongkok di rumah dinasnya, Kamis (15/9/2022) pagi.';
    assert.equal(meeting(text), '2022-09-15');
  });

  test('"Hal ini disampaikan X ketika menerima Y di Balai Kota, Kamis (2/10/25)": the meeting\'s day', () => {
    const text =
      'Hubungan kedua kota diharapkan terus berlanjut.\n\nHal ini disampaikan Wali Kota Medan ketika menerima audiensi Konsul Jenderal Tiongkok di Balai Kota, Kamis (2/10/25).';
    assert.equal(meeting(text), '2025-10-02');
  });

  test('a quote given at a press conference, not at the meeting, keeps its day to itself', () => {
    const text =
      'Wali Kota Medan menerima Konsul Jenderal Tiongkok pekan lalu.\n\n"Kerja sama akan berlanjut," kata Wali Kota saat konferensi pers di Balai Kota, Kamis (2/10/25).';
    assert.equal(meeting(text), null);
  });
});

describe('a relative word the weekday and the date restate', () => {
  test('"Kemarin Senin (22 Juli 2019) Gubernur menerima …": 22 July 2019', () => {
    const text = 'Kemarin Senin (22 Juli 2019) Gubernur menerima Duta Besar Palestina di Balai Kota.';
    assert.equal(meeting(text), '2019-07-22');
  });

  test('"Kemarin Gubernur menerima …" alone, with no date to count from, gives nothing', () => {
    assert.equal(meeting('Kemarin Gubernur menerima Duta Besar Palestina di Balai Kota.'), null);
  });
});
