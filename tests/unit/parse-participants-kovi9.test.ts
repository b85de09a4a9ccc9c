// Korean records read the way a desk officer reads them: a verb that ends its clause just before a
// title ("의장을 비롯해 시의원", "행사에 참석했고 시장 면담", "초청받아 시장 일행", "오찬을 마친 총장
// 일행") is no one; the people named in the same sentence still are.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Korean: a verb that ends its clause before a title is not a person', () => {
  test('"바트 의장을 비롯해 시의원 등 7명": the councillors are unnamed; the chair and the hosts are named', () => {
    const got = names(
      '다와 바트 다르항시의회 의장을 비롯해 시의원 등 관계자 7명이 방문했으며, 정민수 의장과 한지윤 부의장을 접견했다.',
    );
    assert.ok(!got.includes('비롯해'), String(got));
    assert.ok(got.includes('정민수'), String(got));
    assert.ok(got.includes('한지윤'), String(got));
  });

  test('"박람회 개막식에 참석했고 시장 면담을 마치고": the mayor who met the delegation is named elsewhere; the verb is nobody', () => {
    const got = names(
      '방문단은 박람회 개막식에 참석했고 시장 면담을 마치고 귀국했다.\n\n윤상호 군수는 왕리 시장과 우호 협력을 논의했다.',
    );
    assert.ok(!got.includes('참석했고'), String(got));
    assert.ok(got.includes('윤상호'), String(got));
  });

  test('"기념행사에 초청받아 시장 일행", "행사를 모두 마친 총장 일행": clauses, not guests', () => {
    const got = names(
      '자매도시의 기념행사에 초청받아 시장 일행 방문단이 출국했다.\n\n오찬을 모두 마친 총장 일행은 전시장으로 이동했다.\n\n강태윤 시장은 조요시 다나카 시장과 면담했다.',
    );
    assert.ok(!got.includes('초청받아'), String(got));
    assert.ok(!got.includes('마친'), String(got));
    assert.ok(got.includes('강태윤'), String(got));
  });

  test('"국장 시절 싱 대사와 소통했지만 대사로 취임한 후": a clause ending in 했지만 is nobody', () => {
    const got = names('이 본부장은 국장 시절 카운터파트로 싱 대사와 소통했지만 대사로 취임한 후에는 처음 만났다.');
    assert.ok(!got.includes('소통했지만'), String(got));
  });
});

describe('Korean: an office written solid with its desk, after the name', () => {
  test('"바토르 에르덴(Bator Erden) 몽골 외교차관", "응우옌 반 민 베트남 외교부 수석차관": the vice-ministers met', () => {
    const got = names(
      '김태호 외교부 제1차관은 3일 오후 외교부에서 「바토르 에르덴(Bator Erden)」 몽골 외교차관과 면담했다.\n\n같은 날 응우옌 반 민 베트남 외교부 수석차관도 만났다.',
    );
    assert.ok(got.includes('김태호'), String(got));
    assert.ok(got.includes('바토르 에르덴'), String(got));
    assert.ok(got.includes('응우옌 반 민'), String(got));
  });

  test('"한상우 재외동포영사기획관도 함께 자리했다": the desk officer who sat in; "기타 행정담당관" is nobody', () => {
    const got = names(
      '장관은 교민 간담회를 가졌으며, 오민석 주몽골대사와 한상우 재외동포영사기획관도 함께 자리했다.\n\n참사관 10명, 기타 행정담당관과 가족 등이 함께 방문했다.',
    );
    assert.ok(got.includes('한상우'), String(got));
    assert.ok(!got.includes('기타'), String(got));
  });
});
