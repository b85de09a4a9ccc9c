// Korean may give the office first, as what the person is ("…인", who is), then the name with its particle:
// "주한 키르기스스탄 대사인 아이다 이스마일로바는 시청을 방문해…". The name is a foreign one or a full Korean
// one; a pronoun or a place after the office ("시장인 저를", "회장인 농업기술센터에") is no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) =>
  parseRecordText(lines.join('\n\n')).participants.map((p) => `${p.name}|${p.role}|${p.country ?? '—'}`);

test('a Korean record naming the ambassador after her office ("대사인") lists her with her country', () => {
  const found = people([
    '하남시장, 주한 대사 접견',
    '하남시장은 10일 시청에서 주한 키르기스스탄 대사인 아이다 이스마일로바를 접견하고 교류 방안을 논의했다.',
  ]);
  assert.ok(
    found.some((p) => p === '아이다 이스마일로바|대사|Kyrgyzstan'),
    found.join(' / '),
  );
});

test('the visiting ambassador named after her office as the subject is read too', () => {
  const found = people([
    '몽골 대사, 시청 방문',
    '주한 몽골 대사인 바트바야르 간바트는 10일 시청을 방문해 김철수 시장과 면담했다.',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('바트바야르 간바트|대사')),
    found.join(' / '),
  );
});

test('a pronoun or a place after an office with "인" is no one', () => {
  const found = people([
    '농업 축제 개막',
    '이날 행사에는 시장인 저를 비롯한 시민 100여 명이 참석했고, 회장인 농업기술센터에 도착한 일행을 맞았다.',
  ]);
  assert.deepEqual(found, []);
});
