// Japanese records name a university's campus building (校舎), a guest house (公館) or the assembly
// chamber (議場) as where a visitor was received: "駿河台校舎を訪問し", "議場にて式典が行われました".
// A desk officer wants that building; a building named without a visit or a meeting is not one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('a Japanese campus building, guest house or chamber', () => {
  test('"本郷校舎を訪問し、学長と懇談した" gives the building', () => {
    assert.equal(place('駐タイ大使が6月2日、本学の本郷校舎を訪問し、学長らと会談した。'), '本郷校舎');
  });

  test('"議場にて式典が行われました" gives the chamber', () => {
    assert.equal(place('姉妹都市から代表訪問団が来訪し、議場にて歓迎式典が行われました。'), '議場');
  });

  test('a building named with no visit or meeting gives none', () => {
    assert.equal(place('新しい校舎は来年春に完成する予定です。'), null);
  });
});
