// Gulf courts' English: "His Highness the Amir Sheikh A received …" (the ruler's title spelled "Amir"),
// and a list of those present whose offices end in the court's name, "Deputy Minister of the Amiri Diwan
// Sheikh B, Undersecretary at the Amiri Diwan C, Advisor at the Amiri Diwan D". The diwan is the court,
// nobody's name; "Amir" alone is a given name ("Amir Sample said"), no title.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const roleOf = (found: ReturnType<typeof people>, name: string) => found.find((p) => p.name === name)?.role;

describe('a Gulf court receives', () => {
  test('"His Highness the Amir Sheikh A received …; attended by Deputy Minister of the Amiri Diwan Sheikh B, Undersecretary at the Amiri Diwan C, …"', () => {
    const found = people(
      'His Highness the Amir Sheikh Hamid Sample Al-Example received at the Palace yesterday the Ambassador of Chile Pedro Ejemplo.\n\nThe ceremony was attended by Deputy Minister of the Amiri Diwan Sheikh Ali Model Al-Test, Undersecretary at the Amiri Diwan Ibrahim Al-Pattern, Advisor at the Amiri Diwan Yusuf Specimen, and other officials.',
    );
    const got = found.map((p) => p.name);
    for (const n of ['Sheikh Hamid Sample Al-Example', 'Sheikh Ali Model Al-Test', 'Ibrahim Al-Pattern', 'Yusuf Specimen'])
      assert.ok(got.includes(n), String(got));
    assert.equal(roleOf(found, 'Sheikh Hamid Sample Al-Example'), 'Amir');
    assert.equal(roleOf(found, 'Ibrahim Al-Pattern'), 'Undersecretary at the Amiri Diwan');
  });

  test('not fired: "Amir" as a given name is no title', () => {
    const found = people(
      'Minister Tom Sample met Ambassador Ana Example in Doha. Amir Model, a trader, said the visit went well.',
    );
    assert.ok(!found.some((p) => p.role === 'Amir'), JSON.stringify(found.map((p) => [p.name, p.role])));
  });
});
