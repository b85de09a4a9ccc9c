// A Gulf court's release lists whom the ruler received: "received His Highness Sheikh A B, as well as
// Farwaniya Governor Sheikh C D". After the comma, "as well as" opens the next person, not the first
// one's description; and "His Highness" says a person follows as "His Excellency" does. The desk
// officer wants both guests, the governor with his office.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('"received A, as well as B": two guests, not one described by the other', () => {
  test('the governor after "as well as" is read with his office; the first guest has none', () => {
    const got = read(
      'His Highness the Crown Prince Sheikh Salem Al-Nasser received His Highness Sheikh Omar Al-Hamad, as well as Jahra Governor Sheikh Khaled Al-Fahad Al-Salem.',
    );
    const governor = got.find((p) => p.name === 'Sheikh Khaled Al-Fahad Al-Salem');
    assert.ok(governor, JSON.stringify(got));
    assert.equal(governor.role, 'Governor');
    const first = got.find((p) => p.name === 'Sheikh Omar Al-Hamad');
    assert.ok(first, JSON.stringify(got));
    assert.equal(first.role, null);
  });
});
