// A Japanese university or embassy page dates its meeting with the words of a signing: "協定書の調印式を行いました",
// "覚書を締結しました". The desk officer's meeting date is that day. "意見交換" (views exchanged) dates a meeting only
// where the date stands in the sentence that tells the exchange as done ("5月14日、…招き、意見交換しました"): Japanese says
// it as often of a session still ahead, and a date elsewhere in the lead may be another day's.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

/** The meeting date a record's paragraphs give, against a publication date. */
const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('a Japanese page tells a signing: its day is the meeting date', () => {
  test('"5月14日、大使は…議員を公邸に招き、意見交換しました" on a page of the 16th: the 14th', () => {
    const text = '5月14日、佐藤大使は、ロペス州議会議員を大使公邸に招き、両国関係について意見交換しました。';
    assert.equal(meeting(text, '2021-05-16'), '2021-05-14');
  });

  test('an exchange of views still ahead ("意見交換する予定です") gives no meeting date', () => {
    const text = '5月20日、佐藤大使は、ロペス州議会議員を大使公邸に招き、両国関係について意見交換する予定です。';
    assert.equal(meeting(text, '2021-05-16'), null);
  });

  test('a date in another sentence than the exchange of views gives no meeting date', () => {
    const text = '佐藤大使は、ロペス州議会議員と両国関係について意見交換しました。5月14日には州立大学で講演を行いました。';
    assert.equal(meeting(text, '2021-05-16'), null);
  });

  test('"令和4年10月3日(月)、本学において…協定書の調印式を執り行いました": 3 October 2022', () => {
    const text = '令和4年10月3日(月)、本学において、グラナダ大学との学術交流協定書の調印式を執り行いました。';
    assert.equal(meeting(text), '2022-10-03');
  });

  test('"2019年7月2日、協会は…と交流覚書を締結しました": 2 July 2019', () => {
    const text = '2019年7月2日、大学協会は東京において、アジア高等教育機構と交流覚書を締結しました。';
    assert.equal(meeting(text), '2019-07-02');
  });

  test('a lecture with no meeting word gives no meeting date', () => {
    const text = '5月14日、佐藤大使は州立大学で日本の文化について講演を行いました。';
    assert.equal(meeting(text, '2021-05-16'), null);
  });
});
