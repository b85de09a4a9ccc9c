// Korean writes a clergyman's title after the name, as an office: "총회장 김도윤 목사", "박성민 주교".
// The desk officer reading a church body's meeting wants them listed by name; a bride ("신부"), the
// pastors as a group ("목사들") or the manse ("목사관") name no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test("the church body's leaders at the meeting, each named before the title 목사", () => {
  const text = [
    '교단, 선교사 간담회 개최',
    '이날 간담회는 총회장 김도윤 목사와 교단총무 박성민 목사가 함께 배석했으며, 선교사 20여 명이 참석했다.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  assert.ok(names.includes('김도윤'));
  assert.ok(names.includes('박성민'));
});

test('pastors as a group, the manse and a bride name no one', () => {
  const text = [
    '교단, 선교사 간담회 개최',
    '간담회에는 지역 교회 목사들과 베트남 신부 가족이 참석했으며, 참석자들은 목사관에서 오찬을 함께했다.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  assert.ok(!names.some((n) => ['교회', '베트남', '목사들', '목사관'].includes(n ?? '')));
  assert.equal(people(text).filter((p) => p.role === '목사').length, 0);
});
