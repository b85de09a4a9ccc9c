// A release pasted with its date run into the first sentence ("May 3, 2021 Mayor hosts trade envoys: … received … on
// 1 May 2021"): the date opening the paragraph is the page's stamp, and the day the sentence gives the meeting is the meeting's.
// A paragraph that opens with its date and gives no other keeps that date.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe("a date opening the paragraph, and the sentence's own day", () => {
  test('the day told after "on" is the meeting\'s, not the stamp before the headline words', () => {
    const text =
      'Press Release\n\n' +
      'May 3, 2021 Mayor hosts trade envoys: Mayor Ana Cruz received a trade delegation from Chile headed by Ambassador Luis Soto on 1 May 2021 at City Hall.\n\n' +
      'The two sides discussed port investment.';
    assert.equal(parseRecordText(text).meetingDate, '2021-05-01');
  });

  test('a paragraph that opens with its date and gives no other: that date', () => {
    const text =
      'Press Release\n\n' +
      'May 3, 2021 Mayor Ana Cruz received a trade delegation from Chile headed by Ambassador Luis Soto at City Hall.\n\n' +
      'The two sides discussed port investment.';
    assert.equal(parseRecordText(text).meetingDate, '2021-05-03');
  });
});
