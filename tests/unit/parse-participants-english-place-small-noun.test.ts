// "Governor of Kotayk province Aharon Sahakyan received the ambassador": English often writes the
// place's noun small after its name ("Osh region", "Nairobi county"). The noun ends the place, and
// the name after it is the governor's. Without a name after it, nobody is read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('an office over a place whose noun is written small', () => {
  test('"Governor of Lori province Armen Petrosyan received …": the governor is named', () => {
    const got = read(
      'Governor of Lori province Armen Petrosyan received the Ambassador of Greece to Armenia Nikos Papas on Monday.',
    );
    const governor = got.find((p) => p.name === 'Armen Petrosyan');
    assert.ok(governor, JSON.stringify(got));
    assert.equal(governor.role, 'Governor of Lori province');
  });

  test('"the Governor of Osh region said …": no name after the noun, no one invented', () => {
    const got = read('The Governor of Osh region said the road would open in May.');
    assert.deepEqual(
      got.map((p) => p.name),
      [],
    );
  });
});
