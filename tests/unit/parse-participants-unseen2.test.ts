// More rules from the people7 batch (records never seen while tuning): the owner of the visit a
// record reports is its visitor, not someone merely named.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('the one whose visit is reported made it: "X\'s visit to Y"', () => {
  test('"during Minister of State Ana Costa\'s visit to Norway … MoS called on B": the visitor is in the room', () => {
    assert.deepEqual(
      names(
        "Trade was discussed during Minister of State for Foreign Affairs Ana Costa's visit to Norway from May 3 to 5.\n\nDuring the visit, she called on Lena Berg, Minister of Foreign Affairs.",
      ),
      ['Ana Costa', 'Lena Berg'],
    );
  });

  test('"in the wake of President Park\'s trip to China in June": an earlier trip, its owner only mentioned', () => {
    assert.deepEqual(
      names(
        "Foreign Minister Yun Ho held talks with Foreign Minister Wang Li by phone on Monday. Ties improved in the wake of President Park Min-ji's trip to China in June, they said.",
      ),
      ['Yun Ho', 'Wang Li'],
    );
  });
});
