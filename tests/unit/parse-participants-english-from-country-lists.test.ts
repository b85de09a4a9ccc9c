// A local paper lists the delegations that called on the governor country first, set off by
// semicolons: "ambassadors from Chile, A with B; from Kenya, C with son D; and from Peru, Deputy Head
// of Mission E". Each head and each companion was in the room, with the country; a single "from X, Y"
// clause is no such list.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('delegations listed country first, "from X, A with B; from Y, …"', () => {
  test('heads, offices and companions of each delegation', () => {
    const found = people(
      'The governor received five envoys at the provincial capitol on Monday.\n\nThose who called on her were ambassadors from Chile, Pedro Ejemplo with Rosa Ejemplo; from Kenya, Otieno Sample with son Baraka; from Peru, Deputy Head of Mission Luis Prueba; and from Norway, Kari Testesen with Ola Testesen and daughter Ingrid.',
    );
    const by = (n: string) => found.find((p) => p.name === n);
    for (const n of [
      'Pedro Ejemplo',
      'Rosa Ejemplo',
      'Otieno Sample',
      'Baraka',
      'Luis Prueba',
      'Kari Testesen',
      'Ola Testesen',
      'Ingrid',
    ])
      assert.ok(by(n), `${n} in ${found.map((p) => p.name)}`);
    assert.equal(by('Otieno Sample')?.country, 'Kenya');
    assert.equal(by('Otieno Sample')?.role, 'Ambassador');
    assert.equal(by('Luis Prueba')?.role, 'Deputy Head of Mission');
    assert.equal(by('Rosa Ejemplo')?.role ?? null, null);
  });

  test('one "from X, Y" clause is not a list', () => {
    const got = people(
      'The minister met investors at the ministry on Tuesday. A company from Kenya, Savanna Foods, signed a supply deal; the talks with the chamber went well.',
    ).map((p) => p.name);
    assert.ok(!got.includes('Savanna Foods'), String(got));
  });
});
