// Signing an agreement is a meeting of the two sides, and the record says where it was signed:
// "5일 오전 11시에 군청 대회의실에서 … 협약을 체결했다", "signed a memorandum at the Town Hall in …".
// A desk officer wants that room or city; a text about an agreement with no place keeps none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('the place an agreement was signed', () => {
  test('Korean: the room before 에서, without the hour before it', () => {
    assert.equal(
      place('홍천군과 강남구는 12일 오전 10시에 홍천군청 소회의실에서 상생 발전을 위한 업무협약을 체결했다.'),
      '홍천군청 소회의실',
    );
  });

  test('English: "signed an agreement in Mombasa"', () => {
    assert.equal(
      place('The county governor and the visiting mayor signed an agreement in Mombasa on Friday to twin the two port cities.'),
      'Mombasa',
    );
  });

  test('an agreement spoken of with no place named gives none', () => {
    assert.equal(place('양 기관은 앞으로 인재 양성을 위한 업무협약을 체결할 계획이라고 밝혔다.'), null);
  });
});
