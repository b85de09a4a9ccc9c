// A Korean release closes its meeting with who sat in: "이날 예방에는 A 특임대사, B 국제국장 등이 함께했다",
// "접견에는 … 의장을 비롯해 C 대표의원, D 비상대책단장이 배석했다", "회의에는 대사관 측에서 E 대사, F
// 담당영사 …". A desk officer wants every one of them, even when the office is one no list of titles holds.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role]);

describe('Korean: those who sat in at the meeting, listed after "…에는"', () => {
  test('"이날 예방에는 A 외교특임대사, B 국제국장 등이 함께했다": the first of the list too', () => {
    const got = people(
      '오정민 국회의장은 3일 주한 라트비아 대사의 예방을 받았다.\n\n이날 예방에는 한도윤 외교특임대사, 박세린 국제국장 등이 함께했다.',
    );
    assert.ok(
      got.some(([n, r]) => n === '한도윤' && r === '외교특임대사'),
      JSON.stringify(got),
    );
    assert.ok(
      got.some(([n]) => n === '박세린'),
      JSON.stringify(got),
    );
  });

  test('"접견에는 … 의장을 비롯해 C 대표의원, D …단장이 배석했다": the host named before is no item', () => {
    const got = people(
      '도의회 의장은 10일 일본 현의회 방문단을 접견했다.\n\n접견에는 윤 의장을 비롯해 염수진 대표의원, 조해준 지역균형발전 특별위원장, 박민규 기획위원장이 배석했다.',
    );
    assert.ok(
      got.some(([n, r]) => n === '염수진' && r === '대표의원'),
      JSON.stringify(got),
    );
    assert.ok(
      got.some(([n, r]) => n === '조해준' && r === '지역균형발전 특별위원장'),
      JSON.stringify(got),
    );
    assert.ok(!got.some(([n]) => /비롯해|의장을/u.test(n ?? '')), JSON.stringify(got));
  });

  test('"회의에는 대사관 측에서 E 대사, F 담당영사, 한인회 측에서는 G 회장 등이 참석": each side\'s people', () => {
    const got = people(
      '서정호 대사는 15일 대사관 회의실에서 한인회 임원들과 신년 업무협의 회의를 가졌다.\n\n이번 회의에는 대사관 측에서 서정호 대사, 길민수 사증정책 담당영사, 한인회 측에서는 국하늘 한인회장 등이 참석하였다.',
    );
    assert.ok(
      got.some(([n, r]) => n === '길민수' && r === '사증정책 담당영사'),
      JSON.stringify(got),
    );
    assert.ok(
      got.some(([n]) => n === '국하늘'),
      JSON.stringify(got),
    );
  });

  test('"간담회에는 … 대표단 일행과 이 상임고문, 인민의회 부의장 …": a delegation or a council is no name', () => {
    const got = people(
      '시장은 우호도시 대표단과 오찬 간담회를 가졌다.\n\n간담회에는 대표단 일행과 이 상임고문, 인민의회 부의장, 홍지수 신봉동장 등이 함께했다.',
    );
    assert.ok(!got.some(([n]) => n === '대표단' || n === '인민의회'), JSON.stringify(got));
  });
});
