// Chinese-language papers open with where the story was filed: "（吉隆坡5日讯）" in Malaysia and
// Singapore, "3月2日台北讯" after the day, "新华社北京3月5日电" after the agency; Japanese papers with
// "【ワシントン＝共同】". Over a report of a meeting that names no place of its own, the desk officer
// files that city, as with an English dateline. A visitor's stay, "在北京期間", says where the meeting
// was; "在訪問期間" (during the visit) names no place; and a visit still ahead ("將於…訪問") is no venue.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('the city a Chinese or Japanese dateline gives a meeting', () => {
  test('"（吉隆坡5日讯）" over a courtesy call gives 吉隆坡', () => {
    assert.equal(place('（吉隆坡5日讯）商会代表团今日拜会印尼驻马大使,双方交换意见。'), '吉隆坡');
  });

  test('"3月2日台北讯" gives 台北', () => {
    assert.equal(place('中央社记者3月2日台北讯）市长今天会见来访的日本市议会访问团。'), '台北');
  });

  test('"新华社北京3月5日电" gives 北京', () => {
    assert.equal(place('新华社北京3月5日电 国务院副总理会见了来访的越南副总理。'), '北京');
  });

  test('"【ワシントン＝共同】" gives ワシントン', () => {
    assert.equal(place('【ワシントン＝共同】外相は４日、国務長官と会談した。'), 'ワシントン');
  });

  test('a dateline over a story with no meeting gives no place', () => {
    assert.equal(place('（吉隆坡5日讯）今年首季经济增长放缓,出口下跌。'), null);
  });
});

describe("a Chinese visitor's stay", () => {
  test('"在北京期間,與…會面" gives 北京', () => {
    assert.equal(place('局長在北京期間,與國務院港澳事務辦公室主任會面。'), '北京');
  });

  test('"在訪問期間" (during the visit) gives no place from it', () => {
    assert.equal(place('部長在訪問期間,會見了該國總理。'), null);
  });

  test("a visit told as still ahead in the next sentence does not hide the meeting's venue", () => {
    assert.equal(place('外長在巴黎愛麗舍宮與法國總統會晤。總統即將訪問中國。'), '巴黎愛麗舍宮');
  });
});
