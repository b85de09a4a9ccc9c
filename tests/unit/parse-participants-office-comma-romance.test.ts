// Spanish, Portuguese and French readouts name the one received after the office and its remit, set
// off by commas: "recibió la visita del embajador de Chile en Argentina, Pablo Ejemplo", "recebeu o
// cônsul de Portugal em Porto Alegre, Rui Modelo, e o conselheiro do Conselho das Comunidades, Ana
// Amostra", "a été reçu par le chef du gouvernement tunisien, Karim Exemple". The country is whose
// the office is ("de Chile"), not where it is held ("en Argentina"). One quoted ("el jefe del
// Estado Mayor, X, aseguró …") or still on the agenda ("tiene en agenda una reunión con …") is not.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('the one received, after a Romance office and its remit', () => {
  test('Spanish: "recibió la visita protocolar del embajador de Chile en Argentina, Pablo Ejemplo Ruiz"', () => {
    const found = people(
      'El intendente Carlos Muestra recibió hoy la visita protocolar del embajador de Chile en Argentina, Pablo Ejemplo Ruiz, que asumió en marzo.',
    );
    const guest = found.find((p) => p.name === 'Pablo Ejemplo Ruiz');
    assert.ok(guest, JSON.stringify(found.map((p) => p.name)));
    assert.equal(guest.country, 'Chile');
  });

  test('Portuguese: two offices, each with its holder after a comma', () => {
    const got = names(
      'A Prefeitura recebeu nesta terça-feira visita de cortesia do cônsul de Portugal em Porto Alegre, Rui Modelo, e do conselheiro do Conselho das Comunidades Portuguesas, Ana Amostra Lima.',
    );
    assert.ok(got.includes('Rui Modelo') && got.includes('Ana Amostra Lima'), String(got));
  });

  test('French: "a été reçu par le chef du gouvernement tunisien, Karim Exemple"', () => {
    const got = names(
      'Le ministre des Affaires étrangères, Samir Modèle, a été reçu lundi par le chef du gouvernement tunisien, Karim Exemple, indique un communiqué.',
    );
    assert.ok(got.includes('Karim Exemple'), String(got));
  });

  test('one quoted, or a meeting still on the agenda, is not read', () => {
    const got = names(
      'El canciller Luis Patrón viajó a Washington.\n\nEl jefe del Estado Mayor del Ejército, Jorge Citado, aseguró que la situación está controlada.\n\nEste miércoles, Patrón tiene también en agenda una reunión con el secretario de Seguridad Interna, Juan Futuro.',
    );
    assert.ok(!got.includes('Jorge Citado') && !got.includes('Juan Futuro'), String(got));
  });
});
