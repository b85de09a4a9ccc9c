// A weekday that is part of a name ("a statement made available to Sunday Herald", "the Good Friday
// Agreement") dates nothing; "on Tuesday Foreign Minister …" and "met Tuesday in Lima" still do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meetingDate = (lines: string[]) => parseRecordText(lines.join('\n\n')).meetingDate;

test("a newspaper called 'Sunday Herald' does not date the envoy's call on the minister", () => {
  assert.equal(
    meetingDate([
      'New envoy presents his credentials',
      'Published: 5 January 2019',
      'The embassy, in a statement made available to Sunday Herald, said the new ambassador called on the foreign minister and presented copies of his credentials.',
    ]),
    null,
  );
});

test("'the Good Friday Agreement' is no Friday of the talks", () => {
  assert.equal(
    meetingDate([
      'Ministers discuss peace process',
      'Published: 5 January 2019',
      'The two ministers held talks on the Good Friday Agreement and its institutions.',
    ]),
    null,
  );
});

test("'On Tuesday Foreign Minister …' and 'met Tuesday in Lima' still date the talks", () => {
  const lines = (s: string) => ['Ministers meet in Lima', 'Published: Thursday, 10 January 2019', s];
  assert.equal(meetingDate(lines('On Tuesday Foreign Minister Ana Reyes met her Peruvian counterpart in Lima.')), '2019-01-08');
  assert.equal(meetingDate(lines('Foreign Minister Ana Reyes met her Peruvian counterpart Tuesday in Lima.')), '2019-01-08');
});
