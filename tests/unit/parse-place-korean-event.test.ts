// Korean puts 에서 after what happened as readily as after where: "협약 서명식에서 밝혔다" (said at the
// signing ceremony), "만찬사에서" (in the dinner speech), "해외 순방에서" (on the overseas tour),
// "베트남적 시각에서" (from a Vietnamese point of view). A desk officer files none of these as the
// meeting's place; the city or building the record names instead stays.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('a Korean event before 에서 is not a place', () => {
  test('a ceremony by its ending -식 gives way to the city the lead names', () => {
    assert.equal(place('두 지도자는 환영식에서 인사를 나눴다. 이어 이날 오후 부산에서 회담을 가졌다.'), '부산');
    assert.equal(place('총장은 협약 서명식에서 양 대학의 교류 확대를 논의했다고 밝혔다.'), null);
  });

  test('a speech, a tour and a point of view are no places', () => {
    assert.equal(place('대통령은 만찬사에서 재외공관장들과 만나 노고를 치하했다.'), null);
    assert.equal(place('시장은 해외 순방에서 자매도시 대표단을 접견했다.'), null);
    assert.equal(place('군수는 베트남적 시각에서 사업을 자문해 달라며 대사를 면담했다.'), null);
  });

  test('a building by its name stays: 청와대 영빈관에서', () => {
    assert.equal(place('대통령은 이날 청와대 영빈관에서 대사들을 접견했다.'), '청와대 영빈관');
  });
});
