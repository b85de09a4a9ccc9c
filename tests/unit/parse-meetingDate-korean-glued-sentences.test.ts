// Pasted Korean often loses the space after a sentence's closing "다." ("…방문한다고 밝혔다.이번 방문은 … 이뤄졌다."): the
// sentences are still two. A plan told in the first ("27일부터 … 방문한다고 밝혔다") is not made a visit held by a past verb
// in the next, so the 27th, a week after the page, is no meeting's day. Korean sentences with a space are read as before.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sentences } from '../../electron/node/library/parse/dates/clauses.ts';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string, publishedAt: string): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('Korean sentences run together', () => {
  test('"…밝혔다.이번 …" splits after "다."', () => {
    const text = '시의회가 방문한다고 밝혔다.이번 방문은 초청으로 이뤄졌다.';
    assert.equal(sentences(text).length, 2);
  });

  test('a visit planned from the 27th, told on the 20th with a past verb glued after it, has no meeting date', () => {
    const text = '시의회가 27일부터 5박7일간 자매도시 주의회를 방문한다고 밝혔다.이번 방문은 주의회의 초청으로 이뤄졌다.';
    assert.equal(meeting(text, '2015-10-20'), null);
  });

  test('a meeting held on the 19th, told on the 20th, keeps its day', () => {
    const text = '시장은 19일 시청에서 주한 호주대사를 접견했다.이번 접견은 대사의 요청으로 이뤄졌다.';
    assert.equal(meeting(text, '2015-10-20'), '2015-10-19');
  });
});
