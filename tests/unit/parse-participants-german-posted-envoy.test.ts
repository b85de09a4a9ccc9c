// A German regional paper names an envoy by nationality, office and post before the name: "Der
// deutsche Botschafter in Russland, A B, hat … Gespräche geführt". The post ("in Russland") stands
// between the office and its holder as it does after "Botschafter Deutschlands in …". Without a
// nationality or country, "in" after an office is no post, and no name is read across it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('"der deutsche Botschafter in Russland, A B": nationality, office, post, then the name', () => {
  test('the envoy is read with his country', () => {
    const found = people(
      'Der deutsche Botschafter in Polen, Thomas Beispiel, hat im Außenministerium in Warschau Gespräche über bilaterale Themen geführt.',
    );
    const envoy = found.find((p) => p.name === 'Thomas Beispiel');
    assert.equal(envoy?.role, 'Botschafter');
    assert.equal(envoy?.country, 'Germany');
  });

  test('the same with "Graf" in the name', () => {
    const found = people('Der österreichische Botschafter in Ungarn, Karl Graf Muster, traf am Montag den Außenminister.');
    assert.equal(found.find((p) => p.name === 'Karl Graf Muster')?.country, 'Austria');
  });

  test('an office "in" a town with no nationality: the town is no post', () => {
    const got = people('Der Botschafter traf am Montag den Bürgermeister. Die Gespräche in Bonn, Köln und Essen folgen.').map(
      (p) => p.name,
    );
    assert.ok(!got.includes('Köln'), String(got));
  });
});
