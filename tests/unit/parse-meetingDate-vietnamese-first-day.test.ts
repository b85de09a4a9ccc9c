// Vietnamese "trong ngày" alone is "that same day" ("Trong ngày, Thủ tướng còn tiếp…"). Followed by a word that names
// the day ("trong ngày đầu tiên", "trong ngày thứ hai", "trong ngày cuối") it is the first, second or last day of a
// visit or summit, which the record's own date does not give: it is not read as the publication day.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string, publishedAt: string): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('"trong ngày đầu tiên" is the first day, not that day', () => {
  test('"Trong ngày đầu tiên của hội nghị, Thủ tướng đã hội đàm…": no day from the page date', () => {
    const text =
      'Thủ tướng tham dự Hội nghị thượng đỉnh tại Nam Phi.\n\n' +
      'Trong ngày đầu tiên của hội nghị, Thủ tướng đã hội đàm với Thủ tướng Anh và trao đổi với lãnh đạo nhiều nước.';
    assert.equal(meeting(text, '2025-11-23'), null);
  });

  test('"Sáng 22/11, … hội đàm…. Trong ngày, Thủ tướng còn tiếp…": that day still reads', () => {
    const text =
      'Sáng 22/11, Thủ tướng đã hội đàm với Thủ tướng Anh tại Johannesburg.\n\n' +
      'Trong ngày, Thủ tướng còn tiếp lãnh đạo Liên minh châu Phi.';
    assert.equal(meeting(text, '2025-11-23'), '2025-11-22');
  });
});
