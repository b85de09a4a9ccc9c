// A Korean headline that ends on 환영 ("welcome"), its deck run onto it with no space ("…대표단 환영제10회 …"):
// the headline ends at the verbal noun, as it does at 방문 or 개최.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const LEAD =
  '[한빛일보=김철수 기자] 시의회는 5일 자매도시 의회 대표단을 시청 대회의실에서 맞이하고 환영 만찬을 열었다.\n\n양 의회는 의원 교류를 이어가기로 했다.';

describe('a Korean headline ending on 환영, its deck glued after it', () => {
  test('"시의회, 자매도시 의회 대표단 환영제10회 문화축제 …": the headline ends at 환영', () => {
    const text = `HOME 정치 의회\n시의회, 자매도시 의회 대표단 환영제10회 문화축제 개막식 함께 참석, 우의 다져\n${LEAD}`;
    assert.equal(parseRecordText(text).title, '시의회, 자매도시 의회 대표단 환영');
  });

  test('"… 환영행사 열어": 환영 goes on as a compound, the headline is whole', () => {
    const text = `HOME 정치 의회\n시의회, 자매도시 의회 대표단 환영행사 열어 교류 다짐\n${LEAD}`;
    assert.equal(parseRecordText(text).title, '시의회, 자매도시 의회 대표단 환영행사 열어 교류 다짐');
  });
});
