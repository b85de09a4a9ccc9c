// "Today" with the day's name and date after it ("Hari ini, Selasa, 17 Mei 2016, …") is that date,
// even when the page is dated the next morning; a byline that names its writer and editor
// ("Oleh …, Rabu, 18 Mei 2016 | 15:21 WIB - Redaktur: …") is the publication date, not the headline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (lines: string[]) => parseRecordText(lines.join('\n\n'));

test('an Indonesian release dated the next day keeps the day its "hari ini" restates', () => {
  const r = record([
    'Oleh Dewi Lestari, Kamis, 9 Maret 2023 | 08:10 WIB - Redaktur: Dewi Lestari - 120',
    'Tokyo - Hari ini, Rabu, 8 Maret 2023, Menteri Luar Negeri menerima kunjungan kehormatan Gubernur Prefektur Nagano di Tokyo.',
    'Pada pertemuan itu, kedua pihak membahas kerja sama pariwisata.',
  ]);
  assert.equal(r.meetingDate, '2023-03-08');
  assert.equal(r.publishedAt, '2023-03-09');
  assert.ok(!r.title.startsWith('Oleh'), `the byline is not the headline: ${r.title}`);
});

test('"today, Tuesday 7 March 2023" in English is the 7th, in a text posted on the 8th', () => {
  const r = record([
    'Ministers meet in Canberra',
    'Posted: 8 March 2023',
    'Today, Tuesday 7 March 2023, the Foreign Minister met her Fijian counterpart in Canberra.',
  ]);
  assert.equal(r.meetingDate, '2023-03-07');
});

test('"today" and a date further on in the sentence are two days', () => {
  const r = record([
    'Ministers meet in Canberra',
    'Posted: 8 March 2023',
    'The Foreign Minister met her Fijian counterpart today, at the ministry, as she had on 2 May 2019.',
  ]);
  assert.equal(r.meetingDate, '2023-03-08');
});

test('a lone mark above the text (":") is no headline: the first sentence stands in', () => {
  const r = record([
    ':',
    'Hari ini, Rabu, 8 Maret 2023, Menteri Luar Negeri menerima kunjungan kehormatan Gubernur Prefektur Nagano di Tokyo.',
  ]);
  assert.match(r.title, /^Hari ini/);
});
