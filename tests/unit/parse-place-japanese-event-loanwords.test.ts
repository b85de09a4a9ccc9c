// Japanese writes events and settings with loanwords in katakana: "役場でのセレモニーでは" (at the ceremony at the town
// office), "レセプションで", "オンラインで". They are no place; the hall named beside them is. A town's name may hold
// a small "ケ" between kanji ("駒ケ根市役所"): the desk officer gets the whole hall.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('Japanese: event loanwords are no place; a town hall with a small ケ', () => {
  test('"役場でのセレモニーでは" gives the town office, not the ceremony', () => {
    const got = place('友好都市の訪問団が町を訪れた。役場でのセレモニーでは、町長が一行を歓迎し、懇談した。');
    assert.notEqual(got, 'セレモニー');
    assert.equal(got, '役場');
  });

  test('"オンラインで会談" gives no place', () => {
    assert.equal(place('両市長は10日、オンラインで会談し、交流の再開を確認した。'), null);
  });

  test('"駒ケ根市役所を訪れ" gives the whole hall', () => {
    assert.equal(place('市民訪問団が26日、駒ケ根市役所を訪れ、市長らの歓迎を受けて懇談した。'), '駒ケ根市役所');
  });

  test('still a city in katakana: "ニューヨークで会談した"', () => {
    assert.equal(place('外相は23日、ニューヨークで米国務長官と会談した。'), 'ニューヨーク');
  });
});
