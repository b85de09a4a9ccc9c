// Korean writes the place an office is in between the name and the office: "A 길림성 교육청장" (a
// Chinese province's head of education), "B 함부르크 총영사" (Korea's consul general in Hamburg). The
// desk officer wants the person, with the place kept in the office; the place is never the name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('a province between the name and the office, the province written after its country elsewhere', () => {
  const text = [
    '도교육감, 중국 요녕성 방문',
    '도교육감은 3일 중국 요녕성을 방문해 왕천호 요녕성 교육청장과 만나 교류 협약을 체결했다.',
  ].join('\n');
  const found = people(text);
  const head = found.find((p) => p.name === '왕천호');
  assert.equal(head?.role, '요녕성 교육청장');
  assert.equal(head?.country, 'China');
  assert.ok(!found.some((p) => p.name === '요녕성'));
});

test('a city between the name and an envoy title: the consul general, not "함부르크"', () => {
  const text = [
    '대사, 교민 단체장 간담회',
    '대사는 9일 뉴욕에서 교민 단체장들과 간담회를 가졌다. 이 자리에는 박성우 뉴욕 총영사가 함께했다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '박성우')?.role, '뉴욕 총영사');
  assert.ok(!found.some((p) => p.name === '뉴욕'));
});

test('a name ending in "성" the record never writes as a place stays the name', () => {
  const text = ['시장, 의원 면담', '시장은 7일 시청에서 이재성 의원을 만나 현안을 논의했다.'].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '이재성')?.role, '의원');
});

test('a modifier before an envoy title is no city: "국가 원수가 새로운 대사에게"', () => {
  const text = [
    '대통령, 신임 대사 신임장 제정식',
    '대통령은 5일 신임 대사 5명으로부터 신임장을 받았다. 신임장은 파견국의 국가 원수가 새로운 대사에게 주는 문서다.',
  ].join('\n');
  const found = people(text).map((p) => p.name);
  assert.ok(!found.includes('원수가'));
});
