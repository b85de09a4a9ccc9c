// A Korean delegation list gives each member's office after the name, board directors too:
// "정우진 회장, 남하은 부회장, 서지안 이사, 문도현 이사 등". "이사" alone is also "moving house", so
// the desk officer wants a director read only as an item of such a list, never "신사옥 이사".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

const text = [
  '한인상공회의소 방문단, 자카르타 한인회 방문',
  '한인상공회의소 방문단은 5일 자카르타 한인회를 방문해 간담회를 가졌다.',
  '방문단에는 정우진 회장, 남하은 부회장, 서지안 이사, 문도현 이사 등 10여명이 참가했다.',
  '한인회는 이날 간담회에서 신사옥 이사, 회관 보수 등 올해 사업을 소개했다.',
].join('\n');

test('directors listed among the delegation, each named before "이사"', () => {
  const found = people(text);
  assert.equal(found.find((p) => p.name === '서지안')?.role, '이사');
  assert.equal(found.find((p) => p.name === '문도현')?.role, '이사');
});

test('a move ("신사옥 이사") outside a list of those present names no one', () => {
  assert.ok(!people(text).some((p) => p.name === '신사옥'));
});
