// A title read alone ("the UN Special Envoy", "the Turkish foreign minister") for someone the record
// names is that named person: the desk officer sees the name beside the title, not a nameless
// second participant.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => ({ name: p.name, role: p.role }));

describe('a title read alone for a person the record names', () => {
  test('"together with the UN Special Envoy for Yemen, Karl Berg": the envoy has a name', () => {
    const got = read(
      'High Representative Anna Lind met Prime Minister Omar Haddad in Brussels on Monday, together with the UN Special Envoy for Yemen, Karl Berg.',
    );
    assert.ok(got.some((p) => p.name === 'Anna Lind'));
    assert.ok(got.some((p) => p.name === 'Omar Haddad'));
    assert.ok(got.some((p) => p.name === 'Karl Berg'));
    assert.ok(!got.some((p) => p.name === null));
  });

  test('"Okoyen, who is the Kenyan Ambassador": the name before the title is the ambassador\'s', () => {
    const got = read(
      'Foreign Minister Paul Otieno presented letters of credence to the new envoys in Nairobi on Friday.\n\nSpeaking for them, Okoyen, who is the Kenyan Ambassador to Cuba, thanked the minister.',
    );
    assert.ok(!got.some((p) => p.name === null));
  });

  test('"the US Minister" beside the named Secretary of State of the same country is the same person', () => {
    const got = read(
      'Foreign Minister Ahmed Saleh received Secretary of State of the United States Mark Dalton in Abu Dhabi.\n\nDuring the meeting, Ahmed Saleh and the US Minister discussed cooperation.',
    );
    assert.ok(got.some((p) => p.name === 'Mark Dalton'));
    assert.ok(!got.some((p) => p.name === null));
  });

  test('an unnamed title of a country no named participant speaks for stays: "the Japanese ambassador"', () => {
    const got = read('The City Council of Male also met with the Japanese ambassador to Maldives on Tuesday.');
    assert.ok(got.some((p) => p.name === null && p.role !== null));
  });
});
