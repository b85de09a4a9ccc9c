// "called on the Governor at Governor House", "presented credentials at State House": a title
// word before a building's noun names the building, not a person called "House". Read as a name,
// it would also enter the people directory and turn up in every later record held at State House.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a building after a title is not a person', () => {
  test('"called on Governor Ali Raza at Governor House": the governor and the envoy, no "House"', () => {
    const got = names(
      'High Commissioner Tom Baker on Monday called on Punjab Governor Ali Raza at Governor House and discussed trade.',
    );
    assert.ok(!got.includes('House'), String(got));
    assert.ok(got.includes('Tom Baker'), String(got));
  });

  test('"at President House" after the envoys are named: no "House"', () => {
    const got = names('Ambassador Maria Lopez presented her credentials to President John Banda at President House on Friday.');
    assert.ok(!got.includes('House'), String(got));
  });
});
