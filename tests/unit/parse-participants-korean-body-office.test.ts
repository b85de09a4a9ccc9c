// Korean writes a guest's name, then the body they serve, then the office: "박민수 한·일 친선협회
// 회장", "최은정 KBS대구방송 보도국장", "한지훈 우리 대학 총장". The desk officer wants each of them
// listed by name, whatever the body is called; a body's own office with no name before it names no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('guests named with an association, a forum and a broadcaster before their office', () => {
  const text = [
    '친선협회, 대표단 환영 간담회 개최',
    '박민수 한·일 친선협회 회장(국회의원)은 12일 저녁 대표단을 맞아 환영 간담회를 열었다.',
    '간담회에는 윤서영 경제협력포럼 회장과 최은정 KBS대구방송 보도국장 등이 참석했다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '박민수')?.role, '한·일 친선협회 회장');
  assert.equal(found.find((p) => p.name === '윤서영')?.role, '경제협력포럼 회장');
  assert.equal(found.find((p) => p.name === '최은정')?.role, 'KBS대구방송 보도국장');
});

test('a university\'s own release: its president named, then "우리 대학", then the office', () => {
  const text = ['지역 대학 협의회 협약 체결', '협약식에는 한지훈 우리 대학 총장을 비롯해 인근 대학 총장들이 참석했다.'].join(
    '\n',
  );
  assert.ok(people(text).some((p) => p.name === '한지훈'));
});

test('a group or a phrase before the body is no name: "대표단", "행사에서"', () => {
  const text = ['협회 방문', '방문한 대표단 친선협회 회장 일행은 행사에서 협회 회장과 면담했다.'].join('\n');
  const names = people(text).map((p) => p.name);
  assert.ok(!names.includes('대표단'));
  assert.ok(!names.includes('행사에서'));
});

test('a guest named after a word that ends a phrase ("토론은 A …학회 회장"), a firm and a foundation named by their signs', () => {
  const text = [
    '한중일 지방정부 교류회의 개최',
    '도는 지난 4일 한중일 지방정부 교류회의를 열고 협력 방안을 논의했다. 이날 토론은 김도윤 한국동북아교류학회 회장(가람대 교수)이 이끌었다.',
    '이날 회의에는 박서연 ㈜가람에너지 회장, 이민호 (재)한국교류개발원 대표 등 20여 명이 참석했다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '김도윤')?.role, '한국동북아교류학회 회장');
  assert.equal(found.find((p) => p.name === '박서연')?.role, '가람에너지 회장');
  assert.equal(found.find((p) => p.name === '이민호')?.role, '한국교류개발원 대표');
  assert.ok(!found.some((p) => p.name === '토론은'));
});
