// A Korean agency signs an agreement written with its gloss in brackets ("업무협약(MOU)을 체결했다") or with
// "맺다" ("MOU를 맺고"): the two sides met to sign, a meeting. A Korean notice of a gathering still to come tells
// it in the plain present at the sentence's end ("회의를 개최한다", "회의가 열린다", "60여 명이 참석한다"):
// nobody has met yet, and the record lists no participants.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test('"18일 …과 업무협약(MOU)을 체결했다고 밝혔다": a meeting', () => {
  assert.equal(reportsMeeting(['한국수자원재단은 18일 농업기술원과 연구 협력을 위한 업무협약(MOU)을 체결했다고 밝혔다.']), true);
});

test('"…과 MOU를 맺고 출범식을 가졌다": a meeting', () => {
  assert.equal(reportsMeeting(['상공회의소는 9일 하노이에서 현지 기업인협회와 MOU를 맺고 연합회 출범식을 가졌다.']), true);
});

test('a notice of a chamber meeting next month, told in the plain present, reports none', () => {
  assert.equal(
    reportsMeeting([
      '상공회의소는 다음 달 5일 시내 호텔에서 전국 회장 회의를 개최한다.',
      '회의에는 전국 회장단 60여 명이 참석한다.',
      '회장단은 머무는 동안 복지시설을 방문해 성금을 기부하는 등 봉사 활동에 참여한다.',
    ]),
    false,
  );
});

test('the same meeting told as held ("개최했다", "참석했다") stays a meeting', () => {
  assert.equal(
    reportsMeeting([
      '상공회의소는 5일 시내 호텔에서 전국 회장 회의를 개최했다.',
      '회의에는 전국 회장단 60여 명이 참석했다.',
      '회장단은 복지시설을 방문해 성금을 기부했다.',
    ]),
    true,
  );
});

test('a lunch still ahead ("오찬에 참석한다") after a greeting at the airport ("나와 영접했다"): the greeting is a meeting', () => {
  assert.equal(
    reportsMeeting([
      '총리가 23일 오전 베이징에 도착했다.',
      '공항에는 외교부 부부장과 주한 대사 등이 나와 영접했다.',
      '총리는 이날 주석이 주재하는 오찬에 참석한다.',
    ]),
    true,
  );
});
