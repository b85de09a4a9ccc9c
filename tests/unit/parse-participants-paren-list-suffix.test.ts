// "The new ambassadors were Ambassadors Ana Cruz (Chile), Pedro Reyes Jr. (Israel), …": a name in a
// bracketed list may end in a generational suffix, and the list's office may stand before its first
// name. Neither ends the list nor becomes part of a name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a list of names each with its country in brackets', () => {
  test('"Pedro Reyes Jr. (Israel)" keeps the list going, "Ambassadors" is left out of the first name', () => {
    const got = names(
      'The new ambassadors who called on the Foreign Secretary on Tuesday were Ambassadors Ana Cruz (Chile), Pedro Reyes Jr. (Israel), Marco Santos (Singapore) and Lina Velasco (Qatar).',
    );
    for (const name of ['Ana Cruz', 'Pedro Reyes Jr.', 'Marco Santos', 'Lina Velasco'])
      assert.ok(got.includes(name), `${name}: ${got}`);
    assert.ok(!got.includes('Ambassadors Ana Cruz'), String(got));
  });

  test('two bracketed asides are no list', () => {
    const got = names('Pedro Reyes Jr. (Israel) and Marco Santos (Singapore) wrote the report.');
    assert.deepEqual(got, []);
  });
});
