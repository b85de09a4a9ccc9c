// A Korean local paper dates its meeting with words the date rules had not read: a sister-city agreement signed
// between the two delegations ("자매결연 협약식을 개최했다", "합의서를 체결했다"), a consul general's call told as
// "회견" (not a press conference, "기자회견"), and "…와 교류 방안을 논의했다". The desk officer's date is that day.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

/** The meeting date a record's paragraphs give, against a publication date. */
const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('a Korean county signs with a foreign city, or a consul calls on a mayor: the day of it is the meeting date', () => {
  test('"가람군은 지난 12일 군청에서 라오스 팍세시와 자매결연 협약식을 개최했다" in a text of the 14th: the 12th', () => {
    const text =
      '가람군은 지난 12일 군청 대회의실에서 라오스 팍세시와 자매결연 협약식을 개최했다.\n\n협약식에는 군수와 부시장 등이 참석했다.';
    assert.equal(meeting(text, '2024-05-14'), '2024-05-12');
  });

  test('"누리시는 3월 9일 몽골 다르항시와 공무원 상호파견 합의서를 체결했다고 밝혔다": 9 March of the record\'s year', () => {
    const text = '누리시(시장 김한솔)는 3월 9일 몽골 다르항시와 공무원 상호파견 합의서를 체결했다고 밝혔다.';
    assert.equal(meeting(text, '2022-03-11'), '2022-03-09');
  });

  test('"6월 2일, 왕 총영사는 박 시장을 회견하였다" on a consulate\'s page of the 10th: the 2nd', () => {
    const text =
      '6월 2일, 왕하이 주광주 중국 총영사는 박바다 목포시장을 회견하였고, 영사 2명이 동석하였다.\n\n왕 총영사는 "교류를 넓히자"고 말했다.';
    assert.equal(meeting(text, '2023-06-10'), '2023-06-02');
  });

  test('"5일 도청을 찾은 대사와 협력 방안을 논의했다": the 5th', () => {
    const text = '김솔 도지사는 5일 도청을 찾은 주한 캄보디아 대사와 농업 협력 방안을 논의했다.';
    assert.equal(meeting(text, '2024-02-06'), '2024-02-05');
  });

  test('a press conference is not a call: "9일 기자회견을 열어 … 밝혔다" gives no meeting date', () => {
    const text = '김솔 도지사는 9일 도청에서 기자회견을 열어 새해 계획을 밝혔다.';
    assert.equal(meeting(text, '2024-01-10'), null);
  });
});
