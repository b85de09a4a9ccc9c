// Korean may say who sat in before naming them: "면담에 배석한 A 장관, B 의원 등을 소개하며". The
// desk officer wants those named after "배석한" (and "참석한", "수행한") listed like any list of
// those present, and a list of things after the same words ("참석한 기업, 기관 등") not read as people.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('those named after "배석한", closed by "등"', () => {
  const text = [
    '국회의장, 카자흐스탄 대통령 면담',
    '김철민 국회의장은 9일 국회 접견실에서 카심조마르트 토카예프 카자흐스탄 대통령과 면담했다.',
    '김 의장은 면담에 배석한 세르게이 리 보건부장관, 올가 김 의원, 빅토르 최 의원 등을 소개받고 양국 교류를 당부했다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '세르게이 리')?.role, '보건부장관');
  for (const n of ['올가 김', '빅토르 최']) assert.equal(found.find((p) => p.name === n)?.role, '의원', n);
});

test('a list of things after "참석한" is no list of people', () => {
  const text = [
    '시장, 베트남 대사 면담',
    '박정수 시장은 5일 응우옌 반 남 주한 베트남 대사와 면담했다. 이날 설명회에 참석한 지역 기업, 유관 기관 등은 큰 관심을 보였다.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  assert.ok(!names.some((n) => n?.includes('기업') || n?.includes('기관')));
});
