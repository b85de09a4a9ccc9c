// Korean writes the fields of cooperation with 에서 too: "다방면에서 협력을 확대했다" (in many fields),
// "경제 부문에서", "문화 영역에서". A desk officer files none of these as where the two met; a city or
// building the record names stays the place.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

test('fields of cooperation are no places', () => {
  assert.equal(place('차관은 대사를 접견하고 양국이 다방면에서 협력을 확대하자고 말했다.'), null);
  assert.equal(place('두 사람은 경제 부문에서 교류를 넓히기로 하고 면담을 마쳤다.'), null);
});

test('the city the lead names stays the place', () => {
  assert.equal(place('시장은 이날 오후 청주에서 대사를 만나 문화 영역에서 교류하기로 했다.'), '청주');
});
