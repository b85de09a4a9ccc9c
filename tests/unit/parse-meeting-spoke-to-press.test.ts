// "Spoke" reports a meeting only with someone to speak with: "spoke with her counterpart", "spoke
// by phone", "spoke to the minister". Sources who "spoke to Example News", a politician who "spoke
// to reporters", or a speaker at a party "while she spoke" met no counterpart, just as "told
// reporters" does not; the desk officer files such a story as having no meeting, so it has no
// meeting date for a weekday ("Thursday night") to be counted into.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test('speaking to the press or to an audience is no meeting', () => {
  assert.equal(reportsMeeting(['Two donors who spoke to Example News said the senator blamed the agency.']), false);
  assert.equal(reportsMeeting(['The senator spoke to reporters outside the hotel.']), false);
  assert.equal(reportsMeeting(['Some guests were seen crying while the senator spoke.']), false);
});

test('speaking with a counterpart, or by phone, is still a meeting', () => {
  assert.equal(reportsMeeting(['The foreign minister spoke with her Italian counterpart on Monday.']), true);
  assert.equal(reportsMeeting(['The prime minister spoke by phone with the president of Ghana.']), true);
  assert.equal(reportsMeeting(['The minister spoke to the visiting ambassador about trade.']), true);
});

test("a donors' party told by its guests gives no meeting date", () => {
  const text = [
    'Senator blames rival for leaked emails',
    'December 16, 2016',
    'Two donors who spoke to Example News say the senator made the claim Thursday night at a downtown hotel, during a party thanking donors.',
    'Some guests were seen crying while the senator spoke, and she urged them to stay involved in the party.',
  ].join('\n\n');
  const parsed = parseRecordText(text);
  assert.equal(parsed.publishedAt, '2016-12-16');
  assert.equal(parsed.meetingDate, null);
});
