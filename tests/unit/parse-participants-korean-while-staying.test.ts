// Korean news tells who is in the country with a clause before the name: "방한 중인 피터 존슨 호주 외교장관"
// (the Australian foreign minister, who is visiting Korea), "체류 중인", "재임 중이던". "중인" (who is in the middle
// of) ends that clause and is never a name's first word: the desk officer wants "피터 존슨", not "중인 피터 존슨".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a Korean record naming a visitor after the clause of his stay', () => {
  test('"방한 중인 피터 존슨 호주 외교장관과": the minister is "피터 존슨"', () => {
    const got = names('홍길동 외교부 장관은 3일 서울에서 방한 중인 피터 존슨 호주 외교장관과 회담을 가졌다.');
    assert.ok(got.includes('피터 존슨'), String(got));
    assert.ok(!got.some((n) => n?.startsWith('중인')), String(got));
  });

  test('"체류 중인 마이클 그린 미국 대사를": the ambassador alone, the stay no part of his name', () => {
    const got = names('김철수 시장은 5일 시청에서 한국에 체류 중인 마이클 그린 미국 대사를 접견했다.');
    assert.ok(got.includes('마이클 그린'), String(got));
    assert.ok(!got.some((n) => n?.startsWith('중인')), String(got));
  });

  test('"재임 중이던 다나카 히로시 일본 외무대신과": the past form ends the clause too (a guard: "-던" already did)', () => {
    const got = names('이영희 장관은 재임 중이던 다나카 히로시 일본 외무대신과 면담했다.');
    assert.ok(got.includes('다나카 히로시'), String(got));
    assert.ok(!got.some((n) => n?.startsWith('중이던')), String(got));
  });

  test('"한국을 방문 중인 왕이 중국 외교부장을": the visit and its clause are not read into a one-word name', () => {
    const got = names('김철수 시장은 10일 한국을 방문 중인 왕이 중국 외교부장을 접견했다.');
    assert.ok(got.includes('왕이'), String(got));
    assert.ok(!got.some((n) => n?.includes('중인')), String(got));
  });
});
