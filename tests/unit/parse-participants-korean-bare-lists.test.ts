// Korean local news often names a delegation bare and says the office once: "A, B, C 등 5명의 의원",
// "D, E 등 감사 2명이 자리를 함께했다", "12대 F, 15대 G 군수 등", "H(민·수원3), I(국·안산1)의원이
// 참석했다". The desk officer wants every member listed with that office, and no list of topics
// ("공무원 교류, 관광 협력 등 6개 분야") read as people.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const names = (text: string): (string | null)[] => people(text).map((p) => p.name);

test('foreign members named bare before "등 N명의 의원"', () => {
  const text = [
    '일본 나라현의회 의원단, 도의회 방문',
    '일본 나라현의회 의원단이 10일 도의회를 방문해 한상민 의장과 면담했다.',
    '이날 방문한 의원단은 모리 히로시 회장을 비롯, 사이토 켄지, 마츠다 유키코, 후루카와 다이스케 등 4명의 의원으로 구성됐다.',
  ].join('\n');
  const found = people(text);
  for (const n of ['사이토 켄지', '마츠다 유키코', '후루카와 다이스케'])
    assert.equal(found.find((p) => p.name === n)?.role, '의원', n);
});

test('Korean members with their term ("12대") or their seat in brackets', () => {
  const text = [
    '전임 군수 초청 간담회',
    '군은 3일 전임 군수를 초청해 간담회를 가졌다. 이날 참석한 전임 군수는 12대 김영수, 15대 박정호, 18대 윤재민 군수 등 3명이다.',
    '이번 접견에는 오민석(민·수원3), 최현우(국·안산1), 한지시(민·광명2)의원이 참석했다.',
  ].join('\n');
  const found = names(text);
  for (const n of ['김영수', '박정호', '윤재민', '오민석', '최현우', '한지시']) assert.ok(found.includes(n), n);
});

test('a list of topics before "등" is no list of people', () => {
  const text = [
    '자매도시 대표단 방문',
    '대표단은 5일 시청을 방문해 시장과 면담했다. 양측은 공무원 교류, 관광 협력, 문화 예술 등 6개 분야 교류에 합의했다.',
    '방문단은 문화재, 정보화, 이주민 등 분야의 현장을 둘러봤다.',
  ].join('\n');
  const found = names(text);
  for (const n of ['공무원 교류', '관광 협력', '문화 예술', '문화재', '정보화', '이주민']) assert.ok(!found.includes(n), n);
});
