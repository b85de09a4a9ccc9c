// Credentials ceremonies in Portuguese, Spanish and French list the new envoys each with the
// country they speak for, the country first ("os do Egito, A; Catar, B; e Arábia Saudita, C") or
// the name first ("A, du Portugal, B, du Soudan du Sud"): a desk officer reads every envoy with a
// country. One "place, name" pair alone is not a list.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('envoys listed with their countries', () => {
  test('"Entre eles estavam os do Egito, A; Catar, B; e Arábia Saudita, C": country first, each envoy with it', () => {
    const found = people(
      'A presidente Dilma Rousseff recebeu nesta quarta-feira, em Brasília, as credenciais de 16 novos embaixadores. Entre eles estavam os do Egito, Hossameldin Mohamed Ibrahim Zaki; Catar, Mohammed Alhayki; e Arábia Saudita, Hisham Alqahtani.',
    );
    const zaki = found.find((p) => p.name === 'Hossameldin Mohamed Ibrahim Zaki');
    assert.equal(zaki?.country, 'Egypt', String(found.map((p) => p.name)));
    assert.equal(zaki?.role, 'embaixador');
    assert.equal(found.find((p) => p.name === 'Hisham Alqahtani')?.country, 'Saudi Arabia');
  });

  test('"Ces ambassadeurs, A, du Portugal, B, d’Argentine et C, du Pakistan": name first', () => {
    const got = people(
      'Quatre ambassadeurs ont remis hier leurs lettres de créance au président Ismaïl Omar Guelleh. Ces ambassadeurs, Alfonso Henrique de Malheiro, du Portugal, Gustavo Theodoro Grippo, d’Argentine et Asghar Ali Golo, du Pakistan, ont pris la parole.',
    ).map((p) => p.name);
    for (const n of ['Alfonso Henrique de Malheiro', 'Gustavo Theodoro Grippo', 'Asghar Ali Golo'])
      assert.ok(got.includes(n), String(got));
  });

  test('"o embaixador, recebido em Brasília, Maria Silva": one place and a name is not a list of envoys', () => {
    const got = people('O presidente recebeu as credenciais do embaixador. Em Lisboa, Maria Silva comentou a cerimônia.').map(
      (p) => p.name,
    );
    assert.ok(!got.includes('Maria Silva'), String(got));
  });
});
