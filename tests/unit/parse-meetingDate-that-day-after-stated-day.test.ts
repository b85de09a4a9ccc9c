// A release opens on a ceremony dated in full, then tells the meeting held before it, "이날" (that day)
// in the next paragraph: the meeting is the stated day's, even when the page gives no date of its own.
// With nothing stated before it, "that day" names no day.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string, publishedAt: string | null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('"that day" after a day the lead states for another event', () => {
  test('"2019년 4월 3일 오후 … 개소식이 열렸다. 이에 앞서 … 접견했다. 이날 접견에는 …": the stated day, with no page date', () => {
    const text = [
      '2019년 4월 3일 오후 부산 해운대구 센텀시티에서 라오스 무역사무소 개소식이 열렸다.',
      '이에 앞서 박형준 부산시장과 라오스 상공부 장관 일행은 부산시청에서 접견을 하였다.',
      '이날 접견에는 지역 상공회의소 회장과 라오스 명예영사가 함께 참석하였다.',
    ].join('\n\n');
    assert.equal(meeting(text, null), '2019-04-03');
  });

  test('an English release: "On 3 April 2019 the office opened. … That day the minister received …"', () => {
    const text = [
      'On 3 April 2019 the new trade office of Laos opened its doors in Busan with a ribbon-cutting ceremony.',
      'That day the mayor received the visiting Lao minister of commerce at City Hall for talks.',
    ].join('\n\n');
    assert.equal(meeting(text, null), '2019-04-03');
  });

  test('"이날 접견에는 …" with no day stated before it and no page date: nothing', () => {
    const text = [
      '부산시장과 라오스 상공부 장관 일행은 부산시청에서 접견을 하였다.',
      '이날 접견에는 지역 상공회의소 회장과 라오스 명예영사가 함께 참석하였다.',
    ].join('\n\n');
    assert.equal(meeting(text, null), null);
  });
});
