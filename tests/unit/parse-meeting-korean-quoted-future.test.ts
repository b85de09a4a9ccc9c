// A desk officer imports a Korean preview: a delegation "will visit" (방문한다), and its host is quoted on what
// the visit "will be" ("…계기가 될 것"이라고 말했다"). The host's "말했다" (said) tells who spoke, not a meeting
// held: the record reports none. A report whose talks are told held keeps its meeting, quotes and all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test('a Korean preview quoting its host on what the visit will be reports no meeting', () => {
  assert.equal(
    reportsMeeting([
      '부산시 대표단이 다음 달 3일부터 5일까지 자매도시인 베트남 호찌민시를 방문한다.',
      '시장은 "이번 방문이 두 도시의 교류를 넓히는 계기가 될 것"이라고 말했다.',
    ]),
    false,
  );
});

test('the same quotation without quotation marks ("…할 것이라고 밝혔다") is read the same way', () => {
  assert.equal(
    reportsMeeting([
      '대구시 방문단이 오는 10일 일본 자매도시를 방문한다.',
      '방문단장은 이번 방문에서 새 협력 사업을 논의할 것이라고 밝혔다.',
    ]),
    false,
  );
});

test('talks told held keep their meeting, though the minister says what they will bring', () => {
  assert.equal(
    reportsMeeting([
      '외교부 장관은 5일 서울에서 호주 외교장관과 회담했다.',
      '장관은 "이번 회담이 양국 관계 발전의 계기가 될 것"이라고 말했다.',
    ]),
    true,
  );
});

test('a quotation that only thinks of a future ("…갈 것이라고 생각한다"고 말했다) does not unmake talks held', () => {
  assert.equal(
    reportsMeeting([
      '대통령은 23일 "양국은 협력을 넓혀 갈 것이라고 생각한다"고 말했다.',
      '대통령은 이날 오후 총리와의 회담에서 이같이 밝혔다.',
    ]),
    true,
  );
});

test('a Korean announcement that ends on a ceremony in the plain present ("…제정식을 갖는다") reports no meeting', () => {
  assert.equal(
    reportsMeeting([
      '대통령은 20일 새로 부임한 5개국 대사들로부터 신임장을 받는다.',
      '이날 오후 청와대에서 대사들과 신임장 제정식을 갖는다.',
    ]),
    false,
  );
});

test('a ceremony told held ("제정식을 가졌다") stays a meeting', () => {
  assert.equal(reportsMeeting(['대통령은 20일 청와대에서 새로 부임한 5개국 대사들과 신임장 제정식을 가졌다.']), true);
});
