// "The council leader has welcomed the funding announced today (2nd May)": welcoming a decision, a
// sum of money or an announcement approves of it and meets no one, so its day is no meeting date and
// the people quoted are not a meeting's participants. Welcoming a visitor is still a meeting.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('welcoming a thing is no meeting', () => {
  test('"has welcomed additional funding announced today (2nd May)" gives no meeting date and no participants', () => {
    const got = parseRecordText(
      'Council leader welcomes extra money for roads\n\n2nd May 2021 | Local News\n\nThe leader of Riverside Council has welcomed additional funding announced today (2nd May) by the government.\n\nCllr Ann Price, the leader of the council, said she was pleased with the decision.',
    );
    assert.equal(got.meetingDate, null);
    assert.deepEqual(
      got.participants.map((p) => p.name),
      [],
    );
  });

  test('"the minister welcomed the decision of the court on Monday" is no meeting either', () => {
    const got = parseRecordText(
      'Minister reacts to ruling\n\nPublished 4 March 2022\n\nThe Minister of Justice, Tom Reed, welcomed the decision of the High Court on Monday, 3 March 2022.',
    );
    assert.equal(got.meetingDate, null);
  });

  test('"the Governor welcomed the visiting ambassador on 3 March 2022" is still a meeting, dated', () => {
    const got = parseRecordText(
      'Governor receives envoy\n\nPublished 4 March 2022\n\nThe Governor of Lagos State welcomed the visiting Ambassador of Peru, Ms. Ana Soto, on 3 March 2022 at Government House.',
    );
    assert.equal(got.meetingDate, '2022-03-03');
  });
});
