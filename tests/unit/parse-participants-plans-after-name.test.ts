// English puts what is still to come after the name: "Sheikh Rana is set for an interaction with the
// Prime Minister tomorrow", "the Kazakh President would visit once the situation improves", "reported
// that Foreign Minister X would participate in the meeting". Such a person is named, not met.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a plan told after the name: "is set for", "is expected in", "would participate"', () => {
  test('Modi met President Tomas Vell in London; "Prime Minister Dina Rana is set for an interaction with Modi" tomorrow: Rana not yet', () => {
    const got = names(
      'Prime Minister Narendra Modi held bilateral talks with Estonian President Tomas Vell in London on Thursday.\n\nPrime Minister Dina Rana is set for an interaction with Modi on Friday.',
    );
    assert.ok(got.includes('Tomas Vell'), String(got));
    assert.ok(!got.includes('Dina Rana'), String(got));
  });

  test('the foreign ministers met; an agency "reported that Defence Minister Ivan Petrenko would participate" later: Petrenko not in the room', () => {
    const got = names(
      'Secretary of State Anna Grey met Foreign Minister Lea Moreau in Washington on Tuesday.\n\nEarlier, news agencies reported that Defence Minister Ivan Petrenko would participate in an expanded meeting next month.',
    );
    assert.ok(got.includes('Lea Moreau'), String(got));
    assert.ok(!got.includes('Ivan Petrenko'), String(got));
  });
});
