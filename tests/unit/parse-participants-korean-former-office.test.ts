// Korean puts "전" (former) between a name and the office the person once held: "A 전 국회의장",
// "B 전(前) 의장". The desk officer wants the person listed with the office marked as a former one,
// and "전" never read as part of the name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('a former speaker who hosted the lunch: "A 전 국회의장이 B 의장을 초청해"', () => {
  const text = [
    '국회의장, 외국 대사들과 오찬',
    '한민수 국회의장은 10일 서울 시내 호텔에서 외국 대사들과 오찬을 함께 했다.',
    '명예회장인 오정택 전 국회의장이 한 의장을 초청하는 형식으로 마련된 자리였다.',
  ].join('\n');
  const former = people(text).find((p) => p.name === '오정택');
  assert.equal(former?.role, '전 국회의장');
  assert.ok(!people(text).some((p) => p.name === '전' || p.name?.endsWith(' 전')));
});

test('"전(前)" glued to the office: "다나카 히로시 전(前)의장을 포함한 의원단"', () => {
  const text = [
    '일본 구의회 의원단 구청 방문',
    '다나카 히로시 전(前)의장을 포함한 구의회 의원 7명이 12일 구청을 방문해 구청장과 면담했다.',
  ].join('\n');
  assert.ok(people(text).some((p) => p.name === '다나카 히로시' && p.role === '전 의장'));
});

test('an office held today stays as written: "박민호 시장을 예방했다" has no "전"', () => {
  const text = ['총영사 시장 예방', '왕리 총영사는 5일 시청에서 박민호 시장을 예방했다.'].join('\n');
  assert.equal(people(text).find((p) => p.name === '박민호')?.role, '시장');
});
