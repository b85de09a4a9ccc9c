// A Korean city hall's release about a visiting delegation names each guest, then the body he chairs as a
// word of its own, then his office: "미우라 겐타로 시모다시 상공회의소 명예회장", "야스다 도모코
// 일한친선협회 회장", "박서진 한일의원연맹 간사장". A desk officer wants those guests, named in full,
// even when every syllable of a Japanese name also sounds like a Korean word.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role]);

describe('Korean: a guest, then the chamber or association he chairs, then his title', () => {
  test('"미우라 겐타로 시모다시 상공회의소 명예회장": the city and the chamber are the body, the name is whole', () => {
    const got = people('미우라 겐타로 시모다시 상공회의소 명예회장 등 방문단 8명이 12일 군청을 찾아 오성민 군수와 면담했다.');
    assert.ok(
      got.some(([n, r]) => n === '미우라 겐타로' && r === '시모다시 상공회의소 명예회장'),
      JSON.stringify(got),
    );
    assert.ok(
      got.some(([n]) => n === '오성민'),
      JSON.stringify(got),
    );
  });

  test('"야스다 도모코 일한친선협회 회장": an association written apart from its chair', () => {
    const got = people('시청 접견실에서 열린 간담회에는 정우람 시장과 야스다 도모코 일한친선협회 회장 등이 참석했다.');
    assert.ok(
      got.some(([n, r]) => n === '야스다 도모코' && r === '일한친선협회 회장'),
      JSON.stringify(got),
    );
  });

  test('"박서진 한일의원연맹 간사장은 … 의원단과 면담": a league\'s secretary-general', () => {
    const got = people('박서진 한일의원연맹 간사장은 15일 국회에서 방한한 일본 의원단과 면담을 진행했다.');
    assert.ok(
      got.some(([n, r]) => n === '박서진' && r === '한일의원연맹 간사장'),
      JSON.stringify(got),
    );
  });

  test('a clause before a name ("한옥마을을 둘러본 응웬 대사는") still stays out of the name', () => {
    const got = people('한옥마을을 둘러본 응웬 대사는 김하늘 시장과 만나 교류 방안을 논의했다.');
    assert.ok(!got.some(([n]) => (n ?? '').includes('둘러본')), JSON.stringify(got));
  });
});
