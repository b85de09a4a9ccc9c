// Japanese news tells a coming meeting in the plain non-past, with no word for "will": "会談に臨むと
// 発表した" (announced he will hold talks), "訪問日程を発表した" (announced the visit's schedule),
// "別荘を訪問する。" (will visit). A headline names the talks with a noun ("10日に首脳会談"), held or
// ahead alike: the next sentence with a tense decides. The desk officer sees no participants for a
// meeting still ahead, and both sides of one held.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string, title: string | null = null) =>
  findParticipants(text.split('\n\n'), { ...ctx, title }).map((p) => p.name);

describe('Japanese plain non-past: a meeting announced is not a meeting held', () => {
  test('a noun headline, then "臨むと発表した" and "訪問する。": nobody met yet', () => {
    const text =
      '首相の訪英、12日に首脳会談\n\n' +
      '田中一郎官房長官は8日の記者会見で、山田太郎首相が11~14日に英国を訪問し、12日にロンドンでスミス首相との首脳会談に臨むと発表した。首相は会談後、スミス氏の招待で地方都市を訪問する。';
    assert.deepEqual(names(text), []);
  });

  test('"訪問日程を正式発表した", then "会談に臨み…演説する。": a schedule, nobody met yet', () => {
    const text =
      '政府は3日、山田太郎首相による9~12日のフランス訪問日程を正式発表した。10日にパリでデュボワ大統領との会談に臨み、11日には議会で演説する。';
    assert.deepEqual(names(text), []);
  });

  test('a noun headline over a readout in the past keeps both sides', () => {
    const text =
      '日英首脳会談\n\n' + '山田太郎首相は12日、ロンドンでスミス首相と会談しました。両首脳は経済協力の強化で一致しました。';
    const got = names(text);
    assert.ok(got.includes('山田太郎'), String(got));
  });

  test('"会談した。" then a plan for the next day: the talks held still count', () => {
    const text = '佐藤花子外務大臣は10日、来日中のデュボワ・フランス外務大臣と会談した。デュボワ外相は11日に京都を訪問する。';
    const got = names(text);
    assert.ok(got.includes('佐藤花子'), String(got));
  });
});
