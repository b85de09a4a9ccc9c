// Korean records read the way a desk officer reads them: a foreign guest whose name the Korean
// text keeps in Latin letters ("Dao Ngoc Dung 장관은") took part like any other, and a foreign city
// written before its own office ("뜨선시 당서기장", "준모드시 의원") is a place, not a person.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('Korean: a foreign name kept in Latin letters, then the Korean office', () => {
  test('"Dao Ngoc Dung 장관은 … 오영주 대사를 만났다": both sides of the meeting, the minister with his office', () => {
    const got = people(
      '12월 12일 오후 하노이 시에서 노동-보훈 사회부 Dao Ngoc Dung 장관은 양국 노동 협력을 강화하기 위해 주베트남 대한민국 오영주 대사를 만났다.',
    );
    const minister = got.find((p) => p.name === 'Dao Ngoc Dung');
    assert.ok(minister, String(got.map((p) => p.name)));
    assert.equal(minister.role, '장관');
    assert.ok(
      got.some((p) => p.name === '오영주'),
      String(got.map((p) => p.name)),
    );
  });

  test('"Pham Quang Minh 교수는": the rector who signed with the visiting delegation took part', () => {
    const got = people(
      '서명식에서 Pham Quang Minh 교수는 충북도 교육청의 방문을 매우 높이 평가했다. 이어서 양측은 양해각서에 서명했다.',
    );
    assert.equal(got.find((p) => p.name === 'Pham Quang Minh')?.role, '교수');
  });

  test('"Sang Guowei 전인대 부위원장, Dai Bingguo 국무위원 등": the guests the record lists at the state dinner', () => {
    const got = names(
      '이명박 대통령은 9일 후진타오 주석이 주최한 국빈만찬에 참석했다.\n\n중국 측 참석자로는 Sang Guowei 전인대 부위원장, Dai Bingguo 국무위원 등을 비롯한 50여 명이 참석했다.',
    );
    assert.ok(got.includes('Sang Guowei'), String(got));
    assert.ok(got.includes('Dai Bingguo'), String(got));
  });

  test('"Samsung Electronics 사장", "Republic of Korea 대사": a firm or a country in Latin letters is nobody', () => {
    const got = names('김 장관은 9일 Samsung Electronics 사장과 Republic of Korea 대사를 만나 투자 방안을 논의했다.');
    assert.ok(!got.includes('Samsung Electronics'), String(got));
    assert.ok(!got.includes('Republic of Korea'), String(got));
  });
});

describe('Korean: a foreign city or prefecture written before its own office is a place', () => {
  test('"준모드시 의원과 직원": the city\'s councillors are unnamed, the city is nobody; the head of the delegation is', () => {
    const got = names(
      '몽골 준모드시 대표단이 19일 남구를 방문했다.\n\n대표단은 준모드시 의원과 직원 등 23명으로 구성됐다.\n\n대표단은 박우섭 남구청장을 예방해 교류 방안을 논의했다.',
    );
    assert.ok(!got.includes('준모드시'), String(got));
    assert.ok(got.includes('박우섭'), String(got));
  });

  test('"뜨선시 당서기장", "하이퐁시 교육훈련청장": offices of a Vietnamese city, not people named 뜨선시 or 하이퐁시', () => {
    const got = names(
      '봉화군은 22일 베트남 뜨선시와 자매결연 협약을 체결했다.\n\n협약식에는 뜨선시 당서기장과 박현국 군수가 참석했다.\n\n나주교육지원청 변정빈 교육장은 하이퐁시 교육훈련청장과 면담했다.',
    );
    assert.ok(!got.includes('뜨선시'), String(got));
    assert.ok(!got.includes('하이퐁시'), String(got));
    assert.ok(got.includes('박현국'), String(got));
  });

  test('"김지현 차관", "박상현 의원": a Korean name that happens to end like a place is still a person', () => {
    const got = names('이날 회담에는 김지현 차관과 박상현 의원이 배석했다.');
    assert.ok(got.includes('김지현'), String(got));
    assert.ok(got.includes('박상현'), String(got));
  });
});

describe('Korean: a university president and a deputy consul general named before the title', () => {
  test('"강봉춘 부총장이 한국 연세대 윤영철 부총장 일행을 만났다": both vice-presidents; the university is nobody', () => {
    const got = names('10월 31일, 강봉춘 부총장이 한국 연세대 윤영철 부총장 일행을 만났다. 양측은 교류 방안을 논의했다.');
    assert.ok(got.includes('강봉춘'), String(got));
    assert.ok(got.includes('윤영철'), String(got));
    assert.ok(!got.includes('연세대'), String(got));
  });

  test('"오세정 총장은 … 접견했다": the president who received the visiting rector took part', () => {
    const got = people('서울대학교 오세정 총장은 23일 브라질 상파울루대학교 총장 등 방한한 대학 총장들을 접견했다.');
    assert.equal(got.find((p) => p.name === '오세정')?.role, '총장');
  });

  test('"정기홍 총영사를 위시하여 이병호 부총영사 … 배석하고": the deputy consul general who sat in', () => {
    const got = names(
      '정기홍 총영사는 29일 총영사관 회의실에서 한인회 임원들을 만났다.\n\n공관 측에서 정기홍 총영사를 위시하여 이병호 부총영사, 그리고 영사 3명이 배석하고, 한인회 측에서는 방미석 회장이 자리를 함께했다.',
    );
    assert.ok(got.includes('이병호'), String(got));
  });

  test('"사무처 부총장과 논의했다": the secretariat is not a person', () => {
    const got = names('정 총장은 3일 베트남의회 사무처 부총장 일행과 총장 회의실에서 양국 관심사에 대해 논의했다.');
    assert.ok(!got.includes('사무처'), String(got));
  });
});
