// An office may itself hold commas: "accompanied by the Special Adviser on Special Duties, Communication and
// Strategies, A", "accompanied by Second Secretary, Australian High Commission, B". The list of those present goes
// on past those words to the holder's name; a clause after the list ("to discuss trade") still ends it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('those present, an office that runs past a comma', () => {
  test('the holder after an office of several comma-set parts is read, with the whole office', () => {
    const found = people(
      'The Governor received the visiting Minister at Government House on Monday.\n\nHe was accompanied by his Chief of Staff, Tunde Bakare, and the Special Adviser on Special Duties, Communication and Strategies, Kola Adeyemi.',
    );
    const kola = found.find((p) => p.name === 'Kola Adeyemi');
    assert.ok(kola, JSON.stringify(found.map((p) => p.name)));
    assert.equal(kola.role, 'Special Adviser on Special Duties, Communication and Strategies');
    assert.ok(found.some((p) => p.name === 'Tunde Bakare'));
  });

  test('an embassy named after the office, then the holder', () => {
    const found = people(
      'The Governor received the High Commissioner of Canada on Thursday at the State House.\n\nShe was accompanied by First Secretary, Canadian High Commission, Marie Leclerc.',
    );
    assert.ok(
      found.some((p) => p.name === 'Marie Leclerc'),
      JSON.stringify(found.map((p) => p.name)),
    );
  });

  test('lower-case words after the office end the list', () => {
    const got = people(
      'The Mayor received the Consul General on Friday.\n\nHe was accompanied by the Director of Trade, to discuss investment, Market Square and Harbour Works.',
    ).map((p) => p.name);
    assert.ok(!got.includes('Market Square'), JSON.stringify(got));
  });
});

describe('those present, each with where they come from', () => {
  test('"A, of Bayelsa State and B from Cross River State": both named, no state read as a person', () => {
    const got = people(
      'The Coordinator met the trainees in Accra on Monday.\n\nMembers of his delegation include Hon. Prof Tonye Alabo, of Rivers State and Hon Ekpo Inyang from Cross River State.',
    ).map((p) => p.name);
    for (const n of ['Tonye Alabo', 'Ekpo Inyang']) assert.ok(got.includes(n), JSON.stringify(got));
    assert.ok(!got.some((n) => n?.includes('State')), JSON.stringify(got));
  });

  test('portfolios after an office in the plural are no people', () => {
    const got = people(
      'El Presidente recibió al Secretario de Estado en Palacio Nacional.\n\nPor parte de México, asistieron los Secretarios de Relaciones Exteriores, Gobernación, Defensa Nacional, Marina y Seguridad, así como el Embajador en Washington, Esteban Moctezuma.',
    ).map((p) => p.name);
    assert.ok(!got.includes('Defensa Nacional'), JSON.stringify(got));
    assert.ok(!got.includes('Marina y Seguridad'), JSON.stringify(got));
  });
});
