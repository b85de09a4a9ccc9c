// A Korean county's release says where its guests came, by the bare name of the town: "대사 일행이 담양을 방문해",
// "대표단이 지난 7일부터 11일까지 인천을 찾아", "방문단은 … 시엠립주에 찾아". The desk officer files that town, not a
// sight the guests toured afterwards, a country, or a thing of something ("한민족의 영산을 찾았다").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('Korean: the town the guests went to, named without a -시/-군 ending', () => {
  test('"주한 몽골 대사 일행이 영광을 방문해 군수와 간담회를 가졌다": 영광', () => {
    assert.equal(place('나래군은 주한 몽골 대사 일행이 영광을 방문해 군수와 간담회를 가졌다고 밝혔다.'), '영광');
  });

  test('"대표단이 지난 3일부터 6일까지 부산을 찾아 교류 방안을 논의했다": 부산', () => {
    assert.equal(place('라오스 비엔티안시의회 대표단이 지난 3일부터 6일까지 부산을 찾아 교류 방안을 논의했다.'), '부산');
  });

  test('"방문단은 현지시각으로 5일 오전 바탐방주에 찾아 부지사와 협약을 맺었다": 바탐방주', () => {
    assert.equal(place('가람군 방문단은 현지시각으로 5일 오전 바탐방주에 찾아 부지사와 협약을 맺었다.'), '바탐방주');
  });

  test('a whole country, a farm, or the sacred mountain "of the nation" is not the place', () => {
    assert.equal(place('도지사 일행은 베트남을 방문해 성장과 면담했다.'), null);
    assert.equal(place('대사 일행은 농가를 방문해 근로자를 격려했다.'), null);
    assert.equal(place('위원장은 회담 이후 한민족의 영산을 찾았다.'), null);
  });

  test('a sight toured after the visit in the same sentence is not where they met', () => {
    assert.equal(place('방문단이 직접 방문하여 변화된 모습을 보았으며, 유서 깊은 화엄사를 방문하여 각황전을 둘러봤다.'), null);
  });
});
