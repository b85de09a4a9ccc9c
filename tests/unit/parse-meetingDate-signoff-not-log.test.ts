// A blog post dated over its headline and signed off by a press aide with the same date ("July 24th,
// 2017") over a comment box ("No comments :") is one post, not a log of entries each dated by the day
// it tells: the post's date is not the meeting's. A real log (a date line over each entry telling a
// meeting) still dates its first entry.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a post signed off with its date is not a log', () => {
  test('the date over the post and the aide’s dated sign-off give no meeting date', () => {
    const got = parseRecordText(
      'Breaking News, Sports, Music, Fashion, Stories, and Interviews\n\nAd\n\nMonday, 24 July 2017\n\nGovernor Bello Received the Ambassador of Chile to Nigeria Paula Soto\n\n\n' +
        'His Excellency Dr John Bello received the Ambassador of Chile to Nigeria Her Excellency Paula Soto who came for an official visit to the state.\n' +
        'Governor Bello thanked her and her delegation for the visit, and expressed his readiness to cooperate with her country.\n' +
        'Ade Musa\nDirector of Press\nGovernment House\nJuly 24th, 2017\n\nNo comments :\n\nPost a Comment',
    );
    assert.equal(got.meetingDate, null);
  });

  test('a log of two dated entries, each telling a meeting, still dates the first entry', () => {
    const got = parseRecordText(
      '2022.9.30\n\nThe Ambassador of Peru called on me at my office and we discussed trade between our countries.\n\n2022.9.28\n\nI met the Minister of Transport of Egypt at his embassy and we spoke about the port project.',
    );
    assert.equal(got.meetingDate, '2022-09-30');
  });
});
