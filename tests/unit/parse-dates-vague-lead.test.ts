// A lead that tells its meeting as recent, with no day, leaves "that day" (이날, the same day)
// pointing at that unknown day: the publication date is not the meeting's, and no date is given.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("'최근 … 회의를 개최하였다' then '이날 회의는': the meeting's day is not stated, so it stays empty", () => {
  const text = [
    '주 라오스 대사관, 한인회와 신년 합동회의 개최',
    '김민수 기자 | 2024. 01. 16 10:12',
    '주 라오스 대사관이 최근 대사관 회의실에서 라오스한인회와 ‘2024년 신년 합동회의’를 개최하였다.',
    '이날 회의는 대사 및 한인회장 인사말, 참석인사 소개, 의제별 협의 순으로 진행되었다.',
  ].join('\n');
  const parsed = parseRecordText(text);
  assert.equal(parsed.publishedAt, '2024-01-16');
  assert.equal(parsed.meetingDate, null);
});

test("'이날' after a lead that gives the day ('15일 … 회의를 개최하였다') still reads that day", () => {
  const text = [
    '주 라오스 대사관, 한인회와 신년 합동회의 개최',
    '김민수 기자 | 2024. 01. 16 10:12',
    '주 라오스 대사관이 15일 대사관 회의실에서 라오스한인회와 ‘2024년 신년 합동회의’를 개최하였다.',
    '이날 회의는 대사 및 한인회장 인사말, 참석인사 소개, 의제별 협의 순으로 진행되었다.',
  ].join('\n');
  assert.equal(parseRecordText(text).meetingDate, '2024-01-15');
});
