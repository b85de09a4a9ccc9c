// Korean releases list visiting lawmakers item by item after a bullet ("▴", "△"): the name, its
// country or its place, then an office of any length. The desk officer wants each visitor under
// the name the record gives, with the country it says, and no word of a long office ("공공사업",
// "이사회") read as a person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const names = (text: string): (string | null)[] => people(text).map((p) => p.name);

test('foreign lawmakers listed after "▴", each with a country and a long office', () => {
  const text = [
    '시의회 의장, 5개국 의원 면담',
    '박민호 시의회 의장은 3일 오전 해외 의원 방문단과 면담을 가졌다.',
    '이날 방문 인사는 ▴마이클 도너번 캐나다 연방하원 교통위원회 위원장 ▴루시아 페레스 칠레 산티아고시 교육 이사회 의장 ▴톰 리 미국 텍사스주 하원의원 등 3명이다.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('마이클 도너번'));
  assert.ok(found.includes('루시아 페레스'));
  assert.ok(found.includes('톰 리'));
  assert.equal(people(text).find((p) => p.name === '마이클 도너번')?.country, 'Canada');
  assert.ok(!found.some((n) => n === '교통위원회' || n === '이사회' || n === '교육'));
});

test('a delegation listed after "△", each name before the province or city it serves', () => {
  const text = [
    '구청장, 베트남 대표단 접견',
    '구청장은 10일 구청을 찾은 대표단을 접견했다.',
    '방문단은 △쩐 반 남 롱안성 부성장 △레 티 투 떤안시 당서기장 등 공무원 8명이다.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('쩐 반 남'));
  assert.ok(found.includes('레 티 투'));
});

test('bulleted topics of the talks name nobody', () => {
  const text = [
    '장관, 베트남 장관과 회담',
    '김영수 외교부 장관은 5일 베트남 외교장관과 회담하고 △양국관계 발전 △실질협력 증진 △국제무대 협력 등에 대해 의견을 나눴다.',
  ].join('\n');
  assert.deepEqual(
    names(text).filter((n) => n !== null && n !== '김영수'),
    [],
  );
});

test('a visiting party leader, "당대표" after the party', () => {
  const text = [
    '국회의장, 몽골 민주당 대표 접견',
    '국회의장은 7일 의장집무실에서 바야르 엥흐볼드 몽골 민주당 당대표를 만났다.',
  ].join('\n');
  const leader = people(text).find((p) => p.name === '바야르 엥흐볼드');
  assert.equal(leader?.role, '민주당 당대표');
  assert.equal(leader?.country, 'Mongolia');
});
