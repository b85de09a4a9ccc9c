// Korean glues an office to what it covers, and writes the body before it: a university's vice-president
// for a field ("대외부총장"), a provincial councillor ("서울시의원"), an embassy's numbered secretary written
// apart ("2등 서기관"), a minister-counsellor for a field ("교육공사"), a university's president after
// the university ("한국대 총장"), a province's bureau ("제주도 국제협력국장"). A verb joined by "-며" before an
// office ("관심을 내비치며 성균관대 총장") is no name, nor is a public corporation ("관광공사").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Korean offices with what they cover glued on or written before them', () => {
  test('"이영희 대외부총장": the vice-president for external affairs', () => {
    const got = names('하노이대 방문단은 3일 김철수 총장과 이영희 대외부총장을 만나 교류 방안을 논의했다.');
    assert.ok(got.includes('이영희'), String(got));
  });

  test('"김민수 서울시의원": the city councillor who attended', () => {
    const got = names(
      '박 시장은 주한 베트남 대사와 면담했다. 박 시장은 김민수 서울시의원, 시 관계자 등이 참석한 가운데 교류 방안을 논의했다.',
    );
    assert.ok(got.includes('김민수'), String(got));
  });

  test('"정유진 2등 서기관": the embassy secretary who sat in', () => {
    const got = names('서 교육감은 4일 주한 중국대사관 관계자들과 면담했다. 이 자리에는 정유진 2등 서기관이 배석했다.');
    assert.ok(got.includes('정유진'), String(got));
  });

  test('"김철수 한국대 총장과 이영호 평양대 총장": the two presidents, not their universities', () => {
    const got = names('포럼에서 김철수 한국대 총장과 이영호 평양대 총장이 만나 두 대학의 교류에 대해 의견을 나눴다.');
    assert.ok(got.includes('김철수') && got.includes('이영호'), String(got));
    assert.ok(!got.some((n) => n?.endsWith('대')), String(got));
  });

  test('"홍길동 제주도 국제협력국장": the bureau head of the province', () => {
    const got = names('몽골 도지사는 7일 제주를 방문해 홍길동 제주도 국제협력국장과 투자 환경에 대해 의견을 나눴다.');
    assert.ok(got.includes('홍길동'), String(got));
  });

  test('"VCA 응엔 반 훙 회장": a Vietnamese name spelled "응엔"', () => {
    const got = names('김 회장은 하노이에서 VCA 응엔 반 훙 회장과 만나 협력 방안을 논의했다.');
    assert.ok(got.includes('응엔 반 훙'), String(got));
  });

  test('"관심을 내비치며 성균관대 총장": the verb before the office is no one', () => {
    const got = names(
      '총장들은 오찬에 참석했다. 오찬 자리에서도 총장들은 한국 대학에 대한 관심을 내비치며 성균관대 총장 및 부총장 등과 대화를 나눴다.',
    );
    assert.ok(!got.some((n) => n?.endsWith('며')), String(got));
  });

  test('"한국관광공사 관계자": a public corporation, not an embassy minister', () => {
    const got = names('김 지사는 3일 한국관광공사 관계자와 함께 베트남 대사를 접견했다.');
    assert.ok(!got.some((n) => n?.includes('관광')), String(got));
  });
});
