// Japanese writes "issued" and "carried" after the date: a newsletter's "第120号(2010年7月1日発行)" or a reprint's
// "(2015年3月4日朝刊掲載)" dates the page, and a quarterly issue reports talks held weeks before it came out.
// A Chinese page's meta fields may run together ("作者:…发布时间:2019-05-20浏览次数:88"): its publication label still reads.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { issuedDate } from '../../electron/node/library/parse/dates/issued-after.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a print issue dated after the date', () => {
  test("an issue's number and its day head the page, and the visit two months before takes its year", () => {
    const text =
      '第120号(2010年7月1日発行)\n\n' +
      '在日フランス大使が4月28日、本学を訪問し、学長らと懇談した。\n\n' +
      '懇談では学生交流の拡大について意見が交わされた。';
    const p = parseRecordText(text);
    assert.equal(p.publishedAt, '2010-07-01');
    assert.equal(p.meetingDate, '2010-04-28');
  });

  test("a reprinted article's morning edition at its foot dates the page", () => {
    const text =
      '市長が大使と会談\n\n' +
      '市長は3日、市役所で駐日インド大使と会談し、観光交流について話し合った。\n\n' +
      '大使は「協力を深めたい」と述べた。\n\n' +
      '(2015年3月4日朝刊掲載)';
    assert.equal(parseRecordText(text).publishedAt, '2015-03-04');
  });

  test('a sentence telling that something was issued is no date line', () => {
    assert.equal(issuedDate('同社は2010年7月1日に報告書を発行した。'), null);
    assert.equal(issuedDate('2010年7月1日発行の報告書によると、交流は拡大した'), null);
  });
});

describe('Chinese meta fields run together', () => {
  test('a publication label glued to the author field still dates the page', () => {
    const text =
      '我校与德国大学签署合作协议\n\n' +
      '作者:国际处发布时间:2019-05-20浏览次数:88\n\n' +
      '5月18日,校长会见了德国代表团一行,双方签署了合作协议。';
    const p = parseRecordText(text);
    assert.equal(p.publishedAt, '2019-05-20');
    assert.equal(p.meetingDate, '2019-05-18');
  });

  test('the same words inside a sentence, with no colon, are no label', () => {
    const text = '我校与德国大学签署合作协议\n\n' + '5月18日,校长会见了德国代表团一行,双方确定了协议发布时间2019年6月1日。';
    assert.equal(parseRecordText(text).publishedAt, null);
  });
});
