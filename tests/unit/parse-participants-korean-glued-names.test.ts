// Local Korean papers glue a head's office to the name: "A시장 및 B의장을 면담했다". The desk
// officer wants the mayor and the council chair listed by name; an office glued to its own place or
// body ("남양주시장", "경기도지사", "서대문구청장", "외교부장관") names no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('the mayor and the council chair the delegation met, each office glued to the name', () => {
  const text = [
    '자매도시 대표단, 시청과 시의회 방문',
    '몽골 자매도시 대표단은 4일 시청과 의회를 차례로 방문해 한영철시장 및 오민석의장을 면담했다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '한영철')?.role, '시장');
  assert.equal(found.find((p) => p.name === '오민석')?.role, '의장');
});

test('an office glued to its place or body is no name: "남양주시장", "서대문구청장", "외교부장관"', () => {
  const text = [
    '대표단, 시청 방문',
    '대표단은 4일 남양주시장과 서대문구청장을 면담했으며 외교부장관 명의의 감사패를 전달했다.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  assert.ok(!names.includes('남양주'));
  assert.ok(!names.includes('서대문'));
  assert.ok(!names.includes('외교부'));
});
