// Korean news writes an envoy's posting and office before the name ("주한 미국대사 필립 골드버그는", "주부산
// 일본총영사 오타 요시히로를"), a Westerner's one-syllable given name before the surname ("존 스미스 참사관"), a
// Vietnamese head in brackets after the body ("사무소(소장 응우옌 반 남)"). A desk officer gets each person whole,
// and a pronoun before an office ("그는 주한 미국대사 …") is nobody.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n\n')).participants;
const names = (lines: string[]) => people(lines).map((p) => p.name ?? '');

test('a Korean record naming the American ambassador after his posting and office lists him, from the United States', () => {
  const got = people(['국회의장, 미국대사 접견', '주한 미국대사 필립 골드버그는 3일 국회를 방문해 이민호 국회의장을 예방했다.']);
  const envoy = got.find((p) => p.name === '필립 골드버그');
  assert.ok(envoy, String(got.map((p) => p.name)));
  assert.equal(envoy.role, '미국대사');
  assert.equal(envoy.country, 'United States');
});

test('a Japanese consul general named after "주부산 일본총영사" is listed whole', () => {
  const got = names(['상의 회장, 일본총영사 면담', '부산상공회의소 장인화 회장은 8일 주부산 일본총영사 오타 요시히로를 만났다.']);
  assert.ok(got.includes('오타 요시히로'), String(got));
});

test('a former ambassador, a chargé and a nominee after the office are no envoy met', () => {
  const got = names([
    '시장, 대사 접견',
    '최정우 시장은 7일 김영수 대사를 접견했다. 이 자리에서 주한 미국대사 지명자를 언급했고, 전 주한 미국대사 마크 리퍼트는 오지 않았다.',
  ]);
  assert.ok(!got.includes('지명자'), String(got));
  assert.ok(!got.includes('마크 리퍼트'), String(got));
});

test('"존 스미스 참사관" is John Smith, not Smith alone', () => {
  const got = names(['참사관 방문', '존 스미스 참사관은 7일 시청을 찾아 최정우 시장을 예방했다.']);
  assert.ok(got.includes('존 스미스'), String(got));
  assert.ok(!got.includes('스미스'), String(got));
});

test('a Vietnamese office head named in brackets after the office is listed with all three words', () => {
  const got = names(['총영사 방문', '김기철 총영사는 2일 베트남 노동부 사무소(소장 응우옌 반 남)를 방문해 협의했다.']);
  assert.ok(got.includes('응우옌 반 남'), String(got));
});

test('a name hidden as "홍 모 씨" in brackets is no participant', () => {
  const got = names(['시장 방문', '최정우 시장은 7일 한인회(대표 홍 모 씨)를 방문해 면담했다.']);
  assert.deepEqual(
    got.filter((n) => n.includes('모')),
    [],
  );
});

test('"그는 주한 미국대사 …": the pronoun is nobody', () => {
  const got = names(['시장, 대사 접견', '최정우 시장은 7일 김영수 대사를 접견했다. 그는 주한 미국대사 인준 청문회를 언급했다.']);
  assert.ok(!got.some((n) => n.startsWith('그')), String(got));
});

test("an ambassador's spouse and an embassy's side after \"대사\" are nobody's name", () => {
  const got = names([
    '여사, 공관장 배우자 오찬',
    '여사는 7일 브라질 대사 배우자를 비롯한 공관장 배우자들과 오찬을 함께 했다. 주한 대사 측의 약속시간이 엇갈리기도 했다.',
  ]);
  assert.ok(!got.includes('배우자'), String(got));
  assert.ok(!got.some((n) => n.startsWith('측')), String(got));
});

test('a ministry before a one-syllable given name is not part of the name: "보건부 존 스미스 장관"', () => {
  const got = names(['장관 면담', '김영수 대사는 7일 보건부 존 스미스 장관과 면담했다.']);
  assert.ok(got.includes('존 스미스'), String(got));
});
