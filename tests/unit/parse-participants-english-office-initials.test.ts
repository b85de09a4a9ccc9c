// A ministry's release writes a body's initials in brackets after the office it names: "the
// President of the Regional Development Bank (RDB) A B", "A B, the President of the Council (EC),
// telephoned …". The initials stand between the office and its holder and do not end the mention.
// A single word after them is no holder ("Minister of Foreign Affairs (MOFA) Office").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe("a body's initials in brackets after the office", () => {
  test('"the President of the Regional Development Bank (RDB) A B" met the President', () => {
    const found = people(
      'The President held a bilateral meeting with the President of the Regional Development Bank (RDB) Omar Khalid Sample at State House on Monday evening.',
    );
    assert.equal(found.find((p) => p.name === 'Omar Khalid Sample')?.role, 'President of the Regional Development Bank');
  });

  test('"a call from A B, the Secretary General of the Council of Europe (CoE)."', () => {
    const found = people(
      'Today the Prime Minister received a telephone call from Marco Example, the Secretary General of the Council of Europe (CoE). They discussed regional matters.',
    );
    assert.equal(found.find((p) => p.name === 'Marco Example')?.role, 'Secretary General of the Council of Europe');
  });

  test('one word after the initials is no holder', () => {
    const got = people('The Minister of Foreign Affairs (MOFA) Office said the ambassador met the minister on Monday.').map(
      (p) => p.name,
    );
    assert.ok(!got.includes('Office'), String(got));
  });
});
