// A page's date block may split its month off on a line of its own ("27" / "Apr" / "27/04/2021"), and a
// ministry's page may open its story with "Caption: Senator … met …". Neither "Apr" nor "Caption" is
// where anyone met: the desk officer gets no place rather than a month or a label. A real city over the
// date still counts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a month or a label over the date is no place', () => {
  test('"27" / "Apr" / "27/04/2021" over the story gives no place "Apr"', () => {
    const got = parseRecordText(
      'University signs agreement with Lakeside College\n27\nApr\n27/04/2021\nOn April 26th, 2021, a delegation from Lakeside College visited the university and met the Rector.',
    );
    assert.notEqual(got.place, 'Apr');
  });

  test('"Caption: The Minister … met with …" gives no place "Caption"', () => {
    const got = parseRecordText(
      'April 16, 2025\n\nMinister meets with trade delegation\n\nCaption: The Minister of Foreign Affairs and her team met with the visiting trade delegation from Peru.\n\nBoth sides discussed matters of mutual interest.',
    );
    assert.notEqual(got.place, 'Caption');
  });

  test('a city over its date still gives the city: "Kingston" over "21 September 2017"', () => {
    const got = parseRecordText(
      'Minister meets Peruvian counterpart\n\nKingston\n21 September 2017\n\nThe Minister of Foreign Affairs met her Peruvian counterpart to discuss trade.',
    );
    assert.equal(got.place, 'Kingston');
  });
});
