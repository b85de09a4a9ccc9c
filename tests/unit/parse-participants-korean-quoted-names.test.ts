// Korean papers set a foreign guest's name apart in quotes before the office, with the country beside it:
// "이라크 ‘와디 알비티’ 대사", "중국총영사관 ‘구 징치’ 총영사", "‘또 럼’ 베트남 공안부 장관". The quotes say where the
// name starts and ends, so the desk officer gets the whole name, even where its words sound like a Korean
// name's syllables or like a common word ("또", also), and the country the record puts beside it. A quoted
// slogan before an honorary title, with no country beside it, names nobody.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (body: string) =>
  parseRecordText(
    [
      '나라시, 주한 외교사절 초청 간담회',
      '',
      '2021-05-06     박기자 기자',
      '',
      '나라시는 6일 시청에서 주한 외교사절을 초청해 간담회를 가졌다고 밝혔다.',
      '',
      body,
      '',
      '참석자들은 문화와 관광 분야 교류 방안을 논의했다.',
    ].join('\n'),
  ).participants;

test("a Korean record quoting an ambassador's name after his country lists him with that country", () => {
  const envoy = people('이날 간담회에는 이집트 ‘마하 살디’ 대사 등 대사 4명이 참석했다.').find((p) => p.name === '마하 살디');
  assert.equal(envoy?.role, '대사');
  assert.equal(envoy?.country, 'Egypt');
});

test('a consul general quoted after his consulate is listed by his whole name', () => {
  const consul = people('주부산 중국총영사관 ‘진 소위’ 신임 총영사 일행이 시장을 예방했다.').find((p) => p.name === '진 소위');
  assert.equal(consul?.role, '총영사');
  assert.equal(consul?.country, 'China');
});

test('a quoted minister whose name opens with a word that is also "also" keeps that word', () => {
  const minister = people('시장은 ‘또 반 남’ 베트남 교통부 장관과 면담했다.').find((p) => p.role === '교통부 장관');
  assert.equal(minister?.name, '또 반 남');
});

test('a quoted slogan before an honorary title, with no country beside it, is nobody', () => {
  const names = people('시장은 ‘세계 평화’ 대사로 위촉된 배우와 환담했다.').map((p) => p.name);
  assert.ok(!names.includes('세계 평화'));
});
