// Local Korean offices a meeting report names after a person: a district office of education's head
// ("교육장"), a civic coalition's standing head ("상임대표"), an office's head with the office glued on
// ("기획감사실장"), a senior vice-chair in two words ("수석 부회장"), and a co-chair told as "A 시장이
// 공동의장을 맡고". "교육장" is also a training room: "안전 교육장" names no one; nor does a body before
// "수석 부회장" ("비즈니스 센터").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('the two co-chairs of a council, the second taking the chair as the object', () => {
  const text = [
    '교육지원청, 지역교육행정협의회 개최',
    '교육지원청은 10일 지역교육행정협의회를 개최했다.',
    '이날 회의에는 문정호 교육장과 백승민 시장이 공동의장을 맡고 관계자들이 참석했다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '문정호')?.role, '교육장');
  // Only Korea's education offices have a "교육장": a Korean name with it is Korea's own.
  assert.equal(found.find((p) => p.name === '문정호')?.country, 'Republic of Korea');
  assert.equal(found.find((p) => p.name === '백승민')?.role, '시장');
});

test("a civic coalition's standing head and an office head with the office glued on", () => {
  const text = [
    '시장, 시민단체 대표들과 간담회',
    '시장은 9일 시민단체 대표들과 간담회를 가졌다. 이날 간담회에는 시민연대 곽주연 상임대표와 시 배형석 기획감사실장 등이 참석했다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '곽주연')?.role, '상임대표');
  assert.equal(found.find((p) => p.name === '배형석')?.role, '기획감사실장');
});

test('"교육장" as a training room after a word is no office', () => {
  const text = [
    '소방서, 유학생 안전 체험 간담회',
    '소방서는 8일 유학생 대표들과 간담회를 가졌다. 참석자들은 안전 교육장에서 소화기 사용법을 배웠다.',
  ].join('\n');
  const found = people(text).map((p) => p.name);
  assert.ok(!found.includes('안전'));
});

test('a senior vice-chair written in two words, and a body before the same office', () => {
  const text = [
    '총영사, 한인회 임원 간담회',
    '총영사는 4일 한인회 임원들과 간담회를 가졌다. 이 자리에는 표인숙 수석 부회장이 함께했다.',
    '한몽 비즈니스 센터 수석 부회장은 교류 확대를 제안했다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '표인숙')?.role, '수석 부회장');
  assert.ok(!found.some((p) => p.name?.includes('센터')));
});
