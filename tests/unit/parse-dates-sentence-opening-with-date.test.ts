// A Japanese or Chinese record writes its clause without spaces, so a sentence that opens with its date ("平成18年10月16日
// 代表団を区役所にてお迎えいたしました。") has as few "words" as a date line. It is the record's telling, not a stamp set above
// the text: the desk officer's meeting date is the day it gives.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

/** The meeting date a record's paragraphs give, against a publication date. */
const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('a Chinese or Japanese sentence that opens with its date is no date line', () => {
  test('a Japanese diary welcoming a delegation on the day it names dates the meeting by that day', () => {
    const text = '平成21年4月20日姉妹都市の市長以下6名の訪日団を市役所にてお迎えいたしました。私も同席させて頂きました。';
    assert.equal(meeting(text, '2009-04-20'), '2009-04-20');
  });

  test('a Japanese page telling talks held on a day before its own dates them by that day', () => {
    const text = '令和3年9月8日知事は来訪した総領事と県庁で会談し、経済交流について意見を交わしました。';
    assert.equal(meeting(text, '2021-09-10'), '2021-09-08');
  });

  test('a Chinese page telling a call held on a day before its own dates it by that day', () => {
    const text = '2019年4月3日上午市长在市政府会见了来访的友好城市代表团一行并进行了会谈。';
    assert.equal(meeting(text, '2019-04-05'), '2019-04-03');
  });

  test('a bare date set above the text still reads as the page stamp, not the meeting', () => {
    const text = '2019年4月3日\n\n市长会见了来访的友好城市代表团一行。';
    assert.notEqual(meeting(text, '2019-04-05'), '2019-04-03');
  });
});
