// A phone call has no venue, unless the record says where it was made from. Korean readouts often do:
// "정부서울청사 집무실에서 트럼프 대통령과 통화했다" (called the President from the office in the
// Government Complex). A desk officer wants that place, without the clock times before it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('where a Korean call was made from', () => {
  test('"… 28분간 정부서울청사 집무실에서 … 통화했다" gives the office, not the minutes', () => {
    assert.equal(
      place(
        '국무총리는 이날 오후 9시 3분부터 9시 31분까지 28분간 정부서울청사 집무실에서 베트남 총리와 전화 통화했다. 양측은 교역 확대 방안을 논의했다.',
      ),
      '정부서울청사 집무실',
    );
  });

  test('a call that does not say where it was made from has no place', () => {
    assert.equal(place('외교부 장관은 18일 베트남 외교장관과 전화 통화를 갖고 양국 관계를 논의했다.'), null);
  });
});
