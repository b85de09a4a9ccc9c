// Someone met who holds a seat rather than an office: "also met with A, member of the Committee on
// Foreign Affairs of the European Parliament". The seat after the comma describes the person met as
// an office does; a name after "met with" with nothing after it stays for the other rules.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

test('"also met with A, member of the Committee on Foreign Affairs …": A took part, a member', () => {
  const found = people(
    'Secretary Ana Sample met US Senator Jim Example on the sidelines of the conference in Munich.\n\nSample also met with Rolf Muster, member of the Committee on Foreign Affairs of the European Parliament, at the hotel.',
  );
  const muster = found.find((p) => p.name === 'Rolf Muster');
  assert.ok(muster, JSON.stringify(found.map((p) => p.name)));
  assert.match(muster.role ?? '', /^member of the Committee/);
});

test('a member thanked in the same way is not taken for one met', () => {
  const found = people(
    'Secretary Ana Sample met US Senator Jim Example in Munich.\n\nShe thanked Rolf Muster, member of the Committee on Foreign Affairs, for his support.',
  );
  assert.ok(!found.some((p) => p.name === 'Rolf Muster'), JSON.stringify(found.map((p) => p.name)));
});
