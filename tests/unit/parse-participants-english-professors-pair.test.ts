// A university's report names the two heads of a visiting delegation under one plural title: "Led
// by Professors A B and C D, the delegation toured …". Each is a professor; a plural with one name
// after it ("Professors Smith's group") is not a pair.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('"Professors A B and C D": one plural title for two people', () => {
  test('both heads of the delegation, each a professor', () => {
    const found = people(
      'A ten-member delegation from Steppe University visited the School of Management on 3 May. Led by Professors Bat Sample and Dorj Example, the delegation met the dean and toured the laboratories.',
    );
    assert.equal(found.find((p) => p.name === 'Bat Sample')?.role, 'Professor');
    assert.equal(found.find((p) => p.name === 'Dorj Example')?.role, 'Professor');
  });

  test('one name after the plural is no pair', () => {
    const found = people(
      'The dean received the visiting delegation on Monday. The exhibits of Professors Emeritus were shown to the guests and the talks went well.',
    );
    assert.ok(!found.some((p) => p.role === 'Professor'), String(found.map((p) => p.name)));
  });
});
