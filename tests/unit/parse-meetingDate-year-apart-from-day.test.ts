// A record may state its meeting's year apart from the day: in brackets after
// the word for "this year" ("本(2025)年5月16日", "本(113)年" counted in the Republic's years), at the end of a visit that
// runs over the turn of a month ("từ ngày 29/10 đến 01/11/2012"). With no page date, the desk officer still gets the meeting's day.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions, meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string): string | null =>
  meetingDateCandidates(text.split('\n\n'), null, 'from the page')[0]?.value ?? null;

describe('a meeting whose year stands apart from its day', () => {
  test('a Taiwanese record "本(113)年6月3日接見" dates the meeting 3 June 2024', () => {
    const text = '外交部長於本(113)年6月3日接見美國聯邦眾議員訪問團,雙方就區域安全交換意見。';
    assert.equal(meeting(text), '2024-06-03');
  });

  test('"本(2025)年" gives its year as written', () => {
    const [m] = findDateMentions('市長於本(2025)年4月9日會見日本大阪府知事。');
    assert.deepEqual([m?.year, m?.month, m?.day], [2025, 4, 9]);
  });

  test('a Chinese sentence opening on its purpose ("為迎接…即將於…開幕,") still reports the meeting of its main clause', () => {
    const text = '為迎接即將於本(2025)年9月20日開幕的國際博覽會,市長於9月18日接見來自新加坡的市長,就城市合作交換意見。';
    assert.equal(meeting(text), '2025-09-18');
  });

  test('a Chinese visit "7月30至8月1日" leaves out the first day\'s word: a span from 30 July', () => {
    const [m] = findDateMentions('訪問團於2019年7月30至8月1日訪臺交流。');
    assert.deepEqual([m?.phrase, m?.year, m?.month, m?.day], ['2019年7月30至8月1日', 2019, 7, 30]);
  });

  test('a Vietnamese visit "từ ngày 30/11 đến 02/12/2015" whose talks fall on "chiều ngày 1/12/2015": the talks\' day', () => {
    const text =
      'Đoàn đại biểu Đại học Tokyo đã sang thăm và làm việc tại Viện Hàn lâm từ ngày 30/11 đến 02/12/2015.\n\nĐoàn đã đến thăm và làm việc tại Viện Hóa học vào chiều ngày 1/12/2015.';
    assert.equal(meeting(text), '2015-12-01');
  });

  test('a visit over the new year "từ ngày 30/12 đến 02/01/2016" starts in 2015', () => {
    const [m] = findDateMentions('Đoàn đã thăm và làm việc tại Hà Nội từ ngày 30/12 đến 02/01/2016.');
    assert.deepEqual([m?.year, m?.month, m?.day], [2015, 12, 30]);
  });
});
