// A report that dates its talks in one sentence ("met … on Tuesday 6 October 2020") and tells in the
// next paragraph when they ended ("The talks ended on Wednesday 7 October, 2020") gives two days of one
// meeting: the first is the meeting's. A next paragraph that dates another meeting to another day still
// leaves the reader unsure, and no date is given.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string): string | null =>
  meetingDateCandidates(text.split('\n\n'), null, 'from the page')[0]?.value ?? null;

describe('the end of the talks told after their start', () => {
  test('"met … on Tuesday 6 October 2020", then "The talks ended on Wednesday 7 October, 2020": the 6th', () => {
    const text =
      'The Speaker of the National Assembly has met his Kenyan counterpart with a delegation on Tuesday 6 October 2020 in Nairobi to hold talks on trade and security.\n\n' +
      'The first round of talks ended on Wednesday 7 October, 2020.';
    assert.equal(meeting(text), '2020-10-06');
  });

  test('"Cuộc hội đàm kết thúc ngày 8/10/2020" after "hội đàm ngày 7/10/2020" keeps the 7th', () => {
    const text =
      'Chủ tịch Quốc hội đã hội đàm với Chủ tịch Thượng viện Campuchia ngày 7/10/2020 tại Phnom Penh.\n\nCuộc hội đàm kết thúc ngày 8/10/2020.';
    assert.equal(meeting(text), '2020-10-07');
  });

  test('a next paragraph that dates another meeting to another day leaves no date', () => {
    const text =
      'The Speaker of the National Assembly has met his Kenyan counterpart with a delegation on Tuesday 6 October 2020 in Nairobi.\n\n' +
      'He met the President of Kenya on Thursday 8 October 2020 at State House.';
    assert.equal(meeting(text), null);
  });
});
