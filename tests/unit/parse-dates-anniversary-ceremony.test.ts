// A city or a university sends a delegation to the ceremony of an anniversary ("교류 20주년 기념행사에 초청받아 … 5일부터
// 7일까지 방문했다", "the 25th anniversary celebrations on 12 May"): the day told is the ceremony's, the event the record
// reports. The anniversary's own day ("개교기념일(9월 2일)", "the Anniversary of Independence on 31 August") and the day it
// counts from stay another's.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

/** The meeting date a record's paragraphs give, against a publication date. */
const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('a record dating the ceremony of an anniversary gives the meeting its day', () => {
  test('a Korean city visiting its sister city for the anniversary ceremony ("20주년 기념행사에 초청받아 … 5일부터") is dated that day', () => {
    const text =
      '가람시는 자매도시 일본 하나다시의 시제시행 20주년 기념행사에 초청받아 박민수 시장을 비롯한 방문단이 5일부터 7일까지 2박 3일 일정으로 하나다시를 방문했다.';
    assert.equal(meeting(text, '2019-06-08'), '2019-06-05');
  });

  test('a founding named before the anniversary ceremony ("수교 30주년 기념식에서 … 12일") does not take its day', () => {
    const text = '김영호 대사는 수교 30주년 기념식에서 12일 라오스 외교부 차관과 만나 협력 방안을 논의했다.';
    assert.equal(meeting(text, '2022-05-13'), '2022-05-12');
  });

  test('an English record of the anniversary celebrations on a day, where the ministers met', () => {
    const text =
      'The two foreign ministers met at the 25th anniversary celebrations on 12 May 2021 in Hanoi and discussed trade and education.';
    assert.equal(meeting(text), '2021-05-12');
  });
});

describe("an anniversary's own day still dates no meeting", () => {
  test('"제78주년 독립기념일(9월 2일) 축전을 전달" on a day with no meeting told gives no date of that day', () => {
    const text = '김 대사는 제78주년 독립기념일(9월 2일) 축전을 전달했다.';
    assert.notEqual(meeting(text, '2023-09-01'), '2023-09-02');
  });

  test('"the 61st Anniversary of Independence on 31 August" is the anniversary\'s day, not a meeting\'s', () => {
    const text =
      'The Secretary-General congratulated the Government and people on the celebration of its Sixty-First Anniversary of Independence on 31 August 2023.';
    assert.equal(meeting(text), null);
  });
});
