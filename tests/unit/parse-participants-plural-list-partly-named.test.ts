// A credentials ceremony or a round of talks lists the envoys' countries after one plural office, and the
// record then names only some of the holders ("received the credentials of ambassadors from Belgium,
// Norway, Malta and Peru", then "Belgian Ambassador A B …"). The desk officer still sees the holders the
// record never names, each known by office and country; a country the record comes back to is left to
// the names read there.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const unnamed = (text: string) =>
  people(text)
    .filter((p) => p.name === null)
    .map((p) => p.country)
    .sort();

describe('a plural office over countries whose holders the record names only in part', () => {
  test('a credentials ceremony naming two of four new ambassadors lists the other two by office and country', () => {
    const text =
      'President Jane Roe received the credentials of ambassadors from Belgium, Norway, Malta and Peru at the Palace on Wednesday afternoon.\n\nBelgian Ambassador Jan Peeters presented his letter first, followed by Norwegian Ambassador Kari Nordmann.';
    assert.deepEqual(unnamed(text), ['Malta', 'Peru']);
    const named = people(text).map((p) => p.name);
    assert.ok(named.includes('Jan Peeters') && named.includes('Kari Nordmann'), String(named));
  });

  test('a minister meeting foreign ministers from five countries, three of them named, lists the other two', () => {
    const text =
      'Secretary John Doe met with foreign ministers from Finland, Belgium, Austria, Netherlands, and Sweden during the security conference in Munich on Saturday.\n\nHe held talks with Finnish Foreign Minister Pekka Virtanen, Belgian Foreign Minister Marie Dubois and Austrian Foreign Minister Karl Huber.';
    assert.deepEqual(unnamed(text), ['Netherlands', 'Sweden']);
  });

  test('"United Kingdom (UK) of Great Britain and Northern Ireland" in the list is one country, not Ireland too', () => {
    const text =
      'President Jane Roe received the credentials of ambassadors from Belgium, United Kingdom (UK) of Great Britain and Northern Ireland, Sweden, Italy and Malta at the Palace on Wednesday afternoon.\n\nBelgian Ambassador Jan Peeters presented his letter first.';
    const got = unnamed(text);
    assert.ok(!got.includes('Ireland'), String(got));
    assert.deepEqual(got, ['Italy', 'Malta', 'Sweden', 'United Kingdom']);
  });
});
