// A desk officer imports Korean community papers. A body's head is named in brackets after it, and a foreign head's
// name in Hangul may open with one syllable ("존 스미스"), sound Sino-Korean but for a "y" vowel after ㅅ/ㅈ/ㅊ that no
// Sino-Korean syllable has ("셜리 린", "쥬디 한"), or end in a long transliteration ("파루크 고이브나자로보"): each is
// the head who met. An association's secretary ("김경환 총무") sat in like its chair; a committee written short
// ("선교위 총무") or a bracket of two offices ("(교장 및 이사장)") is nobody.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (body: string) =>
  parseRecordText(['한인회 간담회', '', '2024-05-03', '', body].join('\n')).participants.map((p) => `${p.name}/${p.role}`);

const present: [string, string][] = [
  ['김철수 시장은 2일 상공회의소(회장 존 스미스)를 방문해 간담회를 가졌다.', '존 스미스/회장'],
  ['김철수 시장은 2일 상공회의소(회장 셜리 린)를 방문해 간담회를 가졌다.', '셜리 린/회장'],
  ['김철수 총영사는 2일 한미문화재단(이사장 쥬디 한)을 찾아 협력 방안을 논의했다.', '쥬디 한/이사장'],
  ['김철수 시장은 2일 고용노동부 사무소(소장 파루크 고이브나자로보)를 찾아 협의를 하였다.', '파루크 고이브나자로보/소장'],
  ['이날 간담회에는 김철수 회장과 박영민 총무가 참석했다.', '박영민/총무'],
  ['박영민 총무는 2일 시청에서 김철수 시장을 만나 협력 방안을 논의했다.', '박영민/총무'],
  ['방문단은 김철수 회장, 박영민 총무, 이수진 부회장 등으로 구성됐다.', '박영민/총무'],
];

for (const [text, who] of present) {
  test(`a Korean record naming ${who} lists them: ${text}`, () => {
    assert.ok(names(text).includes(who), `${names(text).join(', ')}`);
  });
}

test('a committee written short before "총무" is no person', () => {
  const got = names('이날 간담회에는 김철수 회장과 선교위 총무가 참석했다.');
  assert.ok(!got.some((n) => n.startsWith('선교위')), got.join(', '));
});

test('a bracket of two offices after a body names nobody', () => {
  const got = names('회원(교장 및 이사장) 80명이 2일 한국을 방문해 간담회를 가졌다.');
  assert.ok(!got.some((n) => n.includes('이사장')), got.join(', '));
});
