// A desk officer imports a statement story: the two presidents "have agreed to intensify cooperation", and only the
// fourth paragraph says when they met: "when the President of Ghana visited the Vice-President at his residence on
// Sunday". The lead gives no day of its own, so that later past visit dates the meeting. Under a lead that dates
// its own talks, or told as still to come, a later visit does not.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (texts: string[], published = '2019-03-18'): string | null =>
  meetingDateCandidates(texts, published, 'from the page')[0]?.value ?? null;

describe('a visit told in the past below an undated lead dates the meeting', () => {
  const lead = [
    'The President of Senegal and the Vice-President of Nigeria have agreed to deepen trade ties between the two countries.',
    'This, they said, would help the region.',
    'The spokesman disclosed this in a statement on Sunday night.',
  ];

  test('"…when the President visited the Vice-President at his residence on Sunday": that Sunday', () => {
    const texts = [
      ...lead,
      'He quoted the two leaders as making the pledge when the President visited the Vice-President at his residence on Sunday.',
    ];
    assert.equal(meeting(texts), '2019-03-17');
  });

  test('a lead that dates its own talks ("met on Tuesday") keeps them: a later visit "on Sunday" is another day', () => {
    const texts = [
      'The President of Senegal met the Vice-President of Nigeria on Tuesday in Abuja.',
      'They agreed to deepen trade ties.',
      'The Vice-President had visited the President at his residence on Sunday.',
    ];
    assert.equal(meeting(texts, '2019-03-20'), '2019-03-19');
  });

  test('a visit still to come ("will visit … on Friday") is not the meeting', () => {
    const texts = [...lead, 'The Vice-President will visit the President in Dakar on Friday.'];
    assert.notEqual(meeting(texts), '2019-03-22');
  });
});
