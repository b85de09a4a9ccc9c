// An embassy's note that its ambassador "gave an interview" to a broadcaster on a given day, and
// mentions a visit still being prepared, reports no meeting held that day: the date is the
// interview's. A report whose one dated sentence tells the call paid on a minister still gives its day,
// for the desk officer to check.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string, publishedAt: string | null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('an interview given to the press is no meeting', () => {
  test('"On 12 March 2024 the ambassador gave an interview to Radio Hanoi …" gives no meeting date', () => {
    const text =
      'On 12 March 2024 the ambassador gave an interview to Radio Hanoi about relations between the two countries.\n\n' +
      'He also spoke of the preparations for the Prime Minister’s visit and the joint cabinet meeting.';
    assert.equal(meeting(text, '2024-03-13'), null);
  });

  test('"Ngày 12/3/2024, Đại sứ trả lời phỏng vấn …" gives no meeting date', () => {
    const text =
      'Ngày 12/3/2024, Đại sứ trả lời phỏng vấn Đài Tiếng nói Việt Nam về quan hệ hai nước.\n\nĐại sứ cũng nói về việc chuẩn bị chuyến thăm của Thủ tướng.';
    assert.equal(meeting(text, '2024-03-13'), null);
  });

  test('"On 12 March 2024 the ambassador sat down with the trade minister …" still gives the 12th', () => {
    const text =
      'On 12 March 2024 the ambassador sat down with the trade minister to review the year’s exports.\n\nThey agreed to stay in touch.';
    assert.equal(meeting(text, '2024-03-13'), '2024-03-12');
  });
});
