// "The Prime Minister received the High Commissioner to discuss a visit by Foreign Minister Ana
// Moore next month": Ana Moore is coming later, not in the room; so is whoever the host "looks
// forward to meeting". Someone met today and looked forward to again stays in the room.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('someone named only as a later visitor is not in the room', () => {
  test('"a visit by Foreign Minister Ana Moore next month", "I look forward to meeting Ana Moore"', () => {
    const got = names(
      'Prime Minister Tom Kale received a courtesy call from High Commissioner Ben Tuilagi to discuss trade and a visit by Foreign Minister Ana Moore next month.\n\n“I look forward to meeting Ana Moore in Port Moresby,” Kale said.',
    );
    assert.ok(got.includes('Tom Kale') && got.includes('Ben Tuilagi'), String(got));
    assert.ok(!got.includes('Ana Moore'), String(got));
  });

  test('met today, looked forward to again: still a participant', () => {
    const got = names(
      'Prime Minister Tom Kale met Foreign Minister Ana Moore in Port Moresby on Monday.\n\nKale said he looks forward to meeting Ana Moore again next year.',
    );
    assert.ok(got.includes('Ana Moore'), String(got));
  });
});
