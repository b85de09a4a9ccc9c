// Community papers and associations are headed by a "대표": "코리아타임스의 A 대표는 …", "동포신문 B
// 대표는 …". The desk officer wants those at the press lunch listed; a group's word before "대표"
// ("주민 대표", "부임자 대표 2인", "의원단 대표") is no person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test("the heads of two papers who spoke at the consul general's lunch", () => {
  const text = [
    '총영사, 동포 언론인 오찬 간담회',
    '김도윤 총영사는 3일 관저에서 동포 언론인들과 오찬 간담회를 가졌다.',
    '이 자리에서 한인타임스의 류승호 대표는 동포사회의 어려움을 전했다.',
    '동포신문 남궁민 대표는 신임 총영사 부임을 계기로 협력이 넓어지기를 바란다고 밝혔다.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('류승호'));
  assert.ok(found.includes('남궁민'));
});

test('a group\'s word before "대표" is no name: "주민 대표", "부임자 대표 2인", "의원단 대표"', () => {
  const text = [
    '시장, 주민 대표 면담',
    '박민호 시장은 7일 시청에서 주민 대표와 면담하고 의견을 들었다.',
    '신규 부임자 대표 2인에게 임용장을 수여했고, 하노이시 의원단 대표 등이 함께했다.',
  ].join('\n');
  const found = names(text);
  assert.ok(!found.includes('주민'));
  assert.ok(!found.includes('부임자'));
  assert.ok(!found.some((n) => n?.includes('의원단')));
});
