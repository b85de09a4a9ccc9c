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
