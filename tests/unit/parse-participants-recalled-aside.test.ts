// A record recalls what an envoy said before the meeting, with the day set off by commas: "Earlier,
// the outgoing High Commissioner to Lagos Tom Reed, on 3 May, had said …". He spoke at another time
// and is not in the room; the desk officer wants only those at the table.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a name, a day between commas, then "had said": recalled, not present', () => {
  test('the outgoing envoy who "had said" something on another day is left out', () => {
    const got = names(
      [
        'British High Commissioner to Nigeria Anna Clark on Friday called on Trade Minister Bola Adeyemi in Abuja.',
        'Earlier, outgoing British High Commissioner to Lagos Tom Reed, on 3 May, had said that trade would grow.',
      ].join('\n\n'),
    );
    assert.ok(got.includes('Anna Clark') && got.includes('Bola Adeyemi'), got.join(', '));
    assert.ok(!got.includes('Tom Reed'), got.join(', '));
  });

  test('a name and its office between commas, then "said": still in the room', () => {
    const got = names('Trade Minister Bola Adeyemi, the host, said on Friday that he met High Commissioner Anna Clark.');
    assert.ok(got.includes('Bola Adeyemi'), got.join(', '));
  });
});
