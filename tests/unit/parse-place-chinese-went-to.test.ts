// A Chinese page often says where the visitors went rather than "在…会见": "赴广州拜访" (went to Guangzhou
// to call on), "来到四川大学参观交流" (came to Sichuan University to visit), "抵达成都访问". The desk officer
// files the place they went to meet in; a trip with no meeting in its sentence gives none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

test('"赴广州拜访…总领事" gives 广州', () => {
  assert.equal(place('6月12日，市外办主任王刚带队赴广州拜访泰国驻广州总领事馆，与总领事会见。'), '广州');
});

test('"来到四川大学参观交流…座谈" gives the university', () => {
  assert.equal(place('11月3日，日本京都大学副校长一行来到四川大学参观交流，四川大学副校长李明与来宾进行了座谈。'), '四川大学');
});

test('"在北京会见" still wins over a trip told in the same sentence', () => {
  assert.equal(place('外交部长王毅5月8日在北京会见了来访的新西兰外长，此前外长已赴上海参观。'), '北京');
});

test('a trip with no meeting in the sentence gives no place', () => {
  assert.equal(place('代表团下周将赴上海考察。'), null);
});
