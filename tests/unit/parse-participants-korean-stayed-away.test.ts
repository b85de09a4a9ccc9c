// A Korean report sometimes says who did not come: "A 외교부장은 순방 일정으로 회의에 참석하지
// 않았다", "B 전 군수는 개인일정으로 참석하지 못했다", "C 의원은 불참했다". The desk officer must not
// find them listed among those in the room.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test('a minister who stayed away, and a former county head who could not come', () => {
  const text = [
    '한독 외교장관 회담',
    '이서준 외교부 장관은 20일 서울에서 토마스 베버 독일 외무장관과 회담했다.',
    '류하이 중국 외교부장은 유럽 순방 일정으로 이번 회의에 참석하지 않았습니다.',
    '최규남 전 군수는 개인일정으로 참석하지 못했다.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('이서준'));
  assert.ok(found.includes('토마스 베버'));
  assert.ok(!found.includes('류하이'));
  assert.ok(!found.includes('최규남'));
});

test('only the clause that says so: "A 의원은 참석했고 B 의원은 참석하지 못했다" keeps A', () => {
  const text = [
    '시의회, 자매도시 대표단 접견',
    '시의회는 8일 자매도시 대표단을 접견했다.',
    '정다은 의원은 참석했고 한지훈 의원은 참석하지 못했다.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('정다은'));
  assert.ok(!found.includes('한지훈'));
});
