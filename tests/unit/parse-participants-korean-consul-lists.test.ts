// A Korean community paper lists a consulate's staff at a dinner or a briefing one after another:
// "권태호 총영사, 이민재 부총영사, 오서진 영사를 비롯한 영사관 직원", "…와 카리모바 나일라 영사 등". The desk
// officer wants each consul listed; "영사" alone also opens consular services ("이동 영사 서비스") and a
// consul heard in an interview or named as a successor is nobody who sat in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const names = (text: string): (string | null)[] => people(text).map((p) => p.name);

test('consuls listed after the consul general at a community dinner', () => {
  const text = [
    '총영사관, 동포 언론인 간담회 개최',
    '총영사관은 10일 동포 언론인 간담회를 열었다.',
    '간담회에는 권태호 총영사, 이민재 부총영사, 오서진 영사를 비롯한 영사관 직원과 언론사 대표 10명이 참석했다.',
  ].join('\n');
  const consul = people(text).find((p) => p.name === '오서진');
  assert.equal(consul?.role, '영사');
});

test('a foreign consul named after the ambassador, "…대사와 A B 영사 등"', () => {
  const text = [
    '주한 대사, 가람군 방문',
    '가람군은 12일 군청에서 주한 대사 일행과 간담회를 가졌다.',
    '군청 상황실에서 열린 간담회에는 토크토 마리아 대사와 카리모바 나일라 영사 등 주한 대사관 측 관계자 3명과 농업인 단체 대표들이 함께했다.',
  ].join('\n');
  assert.ok(names(text).includes('카리모바 나일라'));
});

test('consular services and a section are nobody: "이동 영사 서비스", "영사과 인력"', () => {
  const text = [
    '총영사관, 동포단체장 간담회',
    '권태호 총영사는 10일 동포단체장들과 간담회를 갖고 이동 영사 서비스를 늘리겠다고 말했다.',
    '그는 "여러 일들이 있어 영사과 인력을 늘렸다"고 덧붙였다.',
  ].join('\n');
  const found = names(text);
  assert.ok(!found.includes('이동'));
  assert.ok(!found.some((n) => n?.includes('일들')));
});
