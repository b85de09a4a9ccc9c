// A form of address or an initial ends in a point, but not the sentence: "Costa said her visit will
// prepare a meeting between Mr. Hale and …" is still about a meeting to come.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sentenceBefore } from '../../electron/node/library/parse/participants/context.ts';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a point after a form of address does not end the sentence', () => {
  test('a leader in a meeting still being prepared, after "Mr. X and", is not listed', () => {
    const got = names(
      'Foreign Minister Ana Costa met Foreign Minister Lena Berg in Lisbon on Monday. Costa said her visit will prepare a meeting between Mr. Hale and President Joe Amos at the summit.',
    );
    assert.ok(got.includes('Ana Costa'));
    assert.ok(!got.includes('Joe Amos'), `got ${got.join(', ')}`);
  });

  test('the sentence before a name reaches back over "Mr.", "Rt. Hon." and an initial', () => {
    const text = 'The ministers recalled a meeting between Mr. Hale and Rt. Hon. John F. Amos';
    assert.equal(sentenceBefore(text, text.indexOf('Amos')), text.slice(0, text.indexOf('Amos')));
  });

  test('a real sentence end still ends the sentence', () => {
    const text = 'The talks ended. Minister Ana Costa';
    assert.equal(sentenceBefore(text, text.indexOf('Ana')), ' Minister ');
  });
});
