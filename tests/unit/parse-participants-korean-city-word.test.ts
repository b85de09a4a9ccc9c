// "시장" is a mayor, and the word before it is usually the mayor's name ("오세훈 서울시장"). But "도시"
// (city) and a city hall ("서울시청") stand there too: "3개 도시 시장이 만나", "서울시청 시장 집무실에서".
// Neither is a person, and a city word once taken for a name spreads to every record that says "양 도시".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText as parse } from '../../electron/node/library/parse/index.ts';

const names = (text: string): (string | null)[] => parse(text).participants.map((p) => p.name);

describe('Korean city words before a mayor', () => {
  test('"세 도시 시장이 함께 만날 자리" speaks of the three cities\' mayors: "도시" is no one\'s name', () => {
    const got = names(
      '박민철 대구시장은 5일 시장 집무실에서 주한 몽골대사를 만났다. 박 시장은 "대구와 울란바토르, 선양 세 도시 시장이 함께 만날 자리가 마련되길 바란다"고 말했다.',
    );
    assert.ok(got.includes('박민철'));
    assert.ok(!got.includes('도시'));
  });

  test('"양 도시 의회 의장" is the two cities\' speakers, not a person called 도시', () => {
    const got = names('김정민 구의회 의장은 일본 오타루시의회 방문단을 접견하고 양 도시 의회 의장 간 교류를 약속했다.');
    assert.ok(!got.includes('도시'));
  });

  test('the city hall in "부산시청 시장 집무실에서" is the venue, not a mayor\'s name', () => {
    const got = names('이정훈 부산시장은 3월 2일 부산시청 시장 집무실에서 주한 라오스 대사를 접견했다.');
    assert.ok(got.includes('이정훈'));
    assert.ok(!got.includes('부산시청'));
  });
});
