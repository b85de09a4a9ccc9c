// A visit story dated the morning after: "President X yesterday arrived in Lusaka …, welcomed by President Y", then
// "The visiting head of State would also today hold official talks at State House". The arrival is told as done and
// is the meeting the record reports; the talks "would" be held today, still to come. "would have met" is no future.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string, publishedAt: string): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('an arrival told as done, talks that would come today', () => {
  test('"yesterday arrived … welcomed by", then "would also today hold official talks": yesterday', () => {
    const text =
      'President Mahama of Ghana yesterday arrived in Lusaka on a three-day state visit and was welcomed by President Hichilema at the airport.\n\n' +
      'The visiting head of State would also today hold official talks at State House before touring a farm.';
    assert.equal(meeting(text, '2023-03-08'), '2023-03-07');
  });

  test('"would have met on Tuesday" is not read as talks to come', () => {
    const text =
      'The ministers who would have met in Rome last spring met on Tuesday in Geneva instead.\n\n' +
      'They discussed the ceasefire.';
    assert.equal(meeting(text, '2023-03-08'), '2023-03-07');
  });

  test('"said the leaders would meet on Friday": no date of a meeting held', () => {
    const text = 'The ministry said the two presidents would meet on Friday in Nairobi to discuss trade.\n\nNo agenda was given.';
    assert.equal(meeting(text, '2023-03-08'), null);
  });
});
