// A Korean Buddhist paper names a monk by his office, his dharma name and the honorific "스님":
// "총무원장 법우 스님", "해인사 주지 현각스님과". The desk officer wants the monk listed by his dharma
// name with his office, not the order ("조계종") read as a person; and "여러 스님들", monks nobody
// named, stay out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('office, dharma name, "스님": each monk by name and office', () => {
  const text = [
    '총무원장 법우 스님, 해인사 방문',
    '조계종 총무원장 법우 스님이 3일 해인사를 찾아 수좌 도명 스님과 주지 현각스님을 만나 환담을 나눴다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '법우')?.role, '총무원장');
  assert.equal(found.find((p) => p.name === '도명')?.role, '수좌');
  assert.equal(found.find((p) => p.name === '현각')?.role, '주지');
  assert.ok(!found.some((p) => p.name === '조계종'), JSON.stringify(found));
});

test('monks with no office before them are not named: "여러 스님들", "많은 스님"', () => {
  const text = [
    '총무원장 법우 스님, 해인사 방문',
    '조계종 총무원장 법우 스님이 3일 해인사를 찾아 주지 현각 스님을 만나 환담을 나눴다. 여러 스님들과 많은 스님이 자리를 함께했다.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  assert.ok(names.includes('법우') && names.includes('현각'), String(names));
  assert.ok(!names.includes('여러') && !names.includes('많은'), String(names));
});
