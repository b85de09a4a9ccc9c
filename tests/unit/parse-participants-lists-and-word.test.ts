// A list of officials, each an office with its remit and the holder set off by a comma, joins its last two items
// with the language's own "and" ("y", "e", "et", "en"), not only the English one: the holder before that word is
// read. A remit that lists its fields with "y" ("Acción Social, Promoción Comunitaria y Salud Pública") is the
// office's, not two people, and a deputy's office written as one word ("Subsecretario", "Subdirectora") is no name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('a Spanish list of officials joined by "y"', () => {
  test('the holder before "y" and the next office is listed', () => {
    const got = names(
      'El gobernador recibió el martes a la Secretaria de Cultura, Turismo y Deportes, Laura Gómez y al director de Turismo, Pablo Díaz.',
    );
    assert.ok(got.includes('Laura Gómez'), JSON.stringify(got));
    assert.ok(got.includes('Pablo Díaz'), JSON.stringify(got));
  });

  test('the mayor accompanied by two secretaries lists both, and none of their remits', () => {
    const got = names(
      'La intendenta fue acompañada en la visita del embajador por el Secretario de Obras y Servicios, Martín Ibáñez y la Subsecretaria de Hacienda, Rosa Quiroga.',
    );
    assert.ok(got.includes('Martín Ibáñez'), JSON.stringify(got));
    assert.ok(!got.some((n) => /Servicios|Subsecretaria/u.test(n ?? '')), JSON.stringify(got));
  });
});

describe('those present, an office whose remit lists its fields with "y"', () => {
  test('a Spanish secretary of three fields is one person with the whole office', () => {
    const found = people(
      'El intendente recibió al embajador de Japón. En la reunión participaron la Secretaria de Acción Social, Promoción Comunitaria y Salud Pública, Ana Ruiz y el concejal Luis Pla.',
    );
    const got = found.map((p) => p.name);
    assert.ok(!got.includes('Promoción Comunitaria'), JSON.stringify(got));
    assert.ok(!got.includes('Salud Pública'), JSON.stringify(got));
    const ana = found.find((p) => p.name === 'Ana Ruiz');
    assert.ok(ana, JSON.stringify(got));
    assert.equal(ana.role, 'Secretaria de Acción Social, Promoción Comunitaria y Salud Pública');
  });

  test('a deputy secretary after a name and "y" is an office, not a person', () => {
    const got = names(
      'El intendente recibió al cónsul de Italia. Participaron el Secretario de Producción y Turismo, Pablo Porcel y el Subsecretario de Planificación y Gestión, Marcial Bugnon.',
    );
    assert.ok(got.includes('Marcial Bugnon'), JSON.stringify(got));
    assert.ok(!got.some((n) => (n ?? '').startsWith('Subsecretario')), JSON.stringify(got));
  });

  test('two people named after "y" are still two people', () => {
    const got = names(
      'El alcalde recibió al embajador de Chile. Participaron el concejal de Deportes, Hugo Sosa y Marta Vidal, directora de Educación.',
    );
    assert.ok(got.includes('Hugo Sosa'), JSON.stringify(got));
  });
});
