// Chinese news names a city by its one-character short name: "在京会见" (met in Beijing), "在蓉会见" (in Chengdu),
// "在沪会见" (in Shanghai). The desk officer gets the place as the record writes it; a short name not followed by
// the verb of meeting ("在京期间") says nothing of where they met.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('Chinese: a city by its one-character short name before the verb of meeting', () => {
  test('"副会长在京会见" gives 京', () => {
    assert.equal(place('11月28日，协会副会长李明在京会见日本友好代表团一行。双方就交流合作交换了意见。'), '京');
  });

  test('"省长在蓉会见" gives 蓉', () => {
    assert.equal(place('昨日，省长王平在蓉会见了泰国代表团一行。王平首先代表省政府表示欢迎。'), '蓉');
  });

  test('a two-character place is still read whole: "在北京会见"', () => {
    assert.equal(place('5月3日，外长在北京会见了来访的法国外长。双方就双边关系交换了意见。'), '北京');
  });

  test('not "在京期间" with no verb of meeting after it', () => {
    assert.notEqual(place('代表团在京期间参观了多所学校。代表团还访问了天津。'), '京');
  });
});
