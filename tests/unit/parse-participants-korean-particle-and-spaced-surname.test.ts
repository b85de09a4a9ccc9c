// A news summary writes the minister's name with its subject particle glued on, straight before the
// ambassador he called ("외교부 장관 조태열이 주한미국대사와 통화"); a community board writes the consul
// general's surname apart from his given name ("박 경재 총영사"). The desk officer wants the minister
// as himself, not as the ambassador, and the consul general under his whole name, once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('"조태열이 주한미국대사와": the name with its particle is not given the ambassador\'s office', () => {
  const text = [
    '외교부 장관, 주한미국대사와 통화',
    '1. 외교부 장관 한상민이 주한미국대사와 통화.',
    '한상민 외교부장관이 주한미국대사 필립 골드버그와 한미 협력 사안에 대해 통화했습니다.',
  ].join('\n');
  const found = people(text);
  assert.ok(!found.some((p) => p.name === '한상민이'));
  assert.ok(found.some((p) => p.name === '한상민'));
});

test('"정상이나 장관": a noun with "이나" (or) before an office is no one', () => {
  const text = [
    '외교부 장관, 주한미국대사와 통화',
    '한상민 외교부장관이 주한미국대사 필립 골드버그와 통화했다. 권한대행 체제는 정상이나 장관 등이 부재 중일 때의 제도다.',
  ].join('\n');
  assert.ok(!people(text).some((p) => p.name === '정상이나'));
});

test('"박 경재 총영사": a surname written apart is read with the given name, and the consul general is one person', () => {
  const text = [
    '총영사 한인회 방문',
    '박경재 총영사가 오렌지카운티 한인회를 방문해 권석대 회장과 환담을 나눴다.',
    '박 경재 총영사는 답변에서 한인회의 활동에 감사한다고 했다.',
  ].join('\n');
  const found = people(text);
  assert.ok(!found.some((p) => p.name === '경재'));
  assert.equal(found.filter((p) => p.name === '박경재').length, 1);
});

test('"전 경재 총영사" is not read as a name: "전" there may be "former"', () => {
  const text = ['총영사 한인회 방문', '한인회는 전 경재 총영사와 만나 환담을 나눴다.'].join('\n');
  assert.ok(!people(text).some((p) => p.name === '전경재'));
});

test('"딩 반 너이 공안국장": the last two words of a Vietnamese name, never written whole, are not joined', () => {
  const text = [
    '경찰청장, 베트남 공안국 방문',
    '김희중 청장은 베트남 꽝닌성 공안국을 방문해 딩 반 너이 공안국장과 치안협력 강화를 위한 회담을 했다.',
  ].join('\n');
  assert.ok(!people(text).some((p) => p.name === '반너이'));
});
