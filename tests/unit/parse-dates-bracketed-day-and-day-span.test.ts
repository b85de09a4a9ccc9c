// Two ways Chinese, Japanese and Korean papers give a day without its month, which the record's date completes:
// Taiwanese news writes today and yesterday with the day in brackets ("今(30)日", "昨（29）日"), and a stay over
// several days runs from one day to another ("지난 25일부터 27일까지", "18日至20日", Vietnamese "từ ngày 21 đến 23
// tháng 8"): the first day is the meeting's.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('"今(30)日": the day in brackets', () => {
  test('"訪問團一行於今(30)日拜會市政府" on a page of the 30th: the 30th', () => {
    const text = '美國州議員訪問團一行8人於今(30)日拜會市政府，市長親自接待訪團。';
    assert.equal(meeting(text, '2025-10-30'), '2025-10-30');
  });

  test('"昨（29）日會見" on a page of the 30th: the 29th', () => {
    const text = '市長昨（29）日在市府會見日本姊妹市訪問團。';
    assert.equal(meeting(text, '2025-10-30'), '2025-10-29');
  });

  test('a year in brackets ("今(2025)年") is no day', () => {
    const text = '市長今(2025)年多次會見外賓。';
    assert.equal(meeting(text, '2025-10-30'), null);
  });
});

describe('a stay from one day to another, its month left to the record', () => {
  test('"지난 25일부터 27일까지 … 간담회를 개최했다" on a page of the 28th: the 25th', () => {
    const text = '상공회의소는 지난 25일부터 27일까지 제주에서 회원사 간담회를 개최했다.';
    assert.equal(meeting(text, '2018-10-28'), '2018-10-25');
  });

  test('"代表团18日至20日访问…，市长会见了代表团" on a page of the 21st: the 18th', () => {
    const text = '日本友好城市代表团18日至20日访问我市，市长会见了代表团一行。';
    assert.equal(meeting(text, '2019-05-21'), '2019-05-18');
  });

  test('Vietnamese "từ ngày 21 đến 23 tháng 8 năm 2013", the month in words: 21 August 2013', () => {
    const text = 'Đoàn công tác đã tới thăm và làm việc với tỉnh Ninh Bình từ ngày 21 đến 23 tháng 8 năm 2013.';
    assert.equal(meeting(text), '2013-08-21');
  });

  test('one day only ("27일 간담회를 개최했다") stays that day', () => {
    const text = '상공회의소는 27일 제주에서 회원사 간담회를 개최했다.';
    assert.equal(meeting(text, '2018-10-28'), '2018-10-27');
  });
});
