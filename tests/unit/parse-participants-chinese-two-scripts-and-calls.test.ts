// A Chinese consul's call on a governor: the headline gives the full name in simplified characters,
// "王建华总领事拜访明州州长", the body, in traditional ones, only surname and office, "王總領事在州府拜會了州長…".
// The name is read from the headline, 王 and 總領事 being the same as 王 and 总领事; and "拜会" (called on),
// straight after the office, is a verb of the meeting as "会见" is.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a Chinese name in one character set, recalled in the other', () => {
  test('"刘碧清总领事拜访…" over a traditional body that says "劉總領事" and "劉總": the consul general', () => {
    const r = parseRecordText(
      [
        '刘碧清总领事拜访明州州长',
        '劉總領事在明州州府拜會了州長史密斯、州參議院院長瓊斯以及州商業發展局官員。劉總簡要介紹了中國經濟發展情况,雙方就加強地方交流與合作交換了意見。',
      ].join('\n\n'),
    );
    const got = r.participants.map((p) => p.name);
    assert.ok(got.includes('刘碧清'), String(got));
  });

  test('a headline in traditional characters over a simplified body: "陳國華大使拜會…", then "陈大使表示"', () => {
    const r = parseRecordText(
      [
        '陳國華大使拜會東京都知事',
        '陈大使日前在东京都厅拜会了东京都知事山本一郎,双方就加强地方交流交换意见。陈大使表示,愿同东京都继续深化合作。',
      ].join('\n\n'),
    );
    const got = r.participants.map((p) => p.name);
    assert.ok(
      got.some((n) => n === '陳國華' || n === '陈国华'),
      String(got),
    );
  });

  test('a surname and an office the body never ties to the headline name is not read from it', () => {
    const r = parseRecordText(
      ['刘碧清总领事拜访明州州长', '明州州長史密斯在州府會見了來訪的中國代表團,雙方就加強地方交流與合作交換了意見。'].join(
        '\n\n',
      ),
    );
    const got = r.participants.map((p) => p.name);
    assert.ok(!got.includes('刘碧清'), String(got));
  });
});

describe('"拜会" (called on) after the office, the name said once', () => {
  test('"…期间,周建明总领事拜会了市长": the consul general who called on the mayor', () => {
    const got = names(
      '5月8日,中国驻某市总领事馆代表团访问杜伊斯堡市。\n\n访问期间,周建明总领事拜会了市长林克,双方就友城合作交换意见。',
    );
    assert.ok(got.includes('周建明'), String(got));
  });

  test('traditional "拜會": "…期間,周建明總領事拜會了市長"', () => {
    const got = names(
      '5月8日,中國駐某市總領事館代表團訪問杜伊斯堡市。\n\n訪問期間,周建明總領事拜會了市長林克,雙方就友城合作交換意見。',
    );
    assert.ok(got.includes('周建明'), String(got));
  });
});
