// Catalan readouts name the envoy received after the office and its remit, set off by a comma, as Spanish
// and French ones do: "ha rebut a Palau l'ambaixador dels Estats Units a Espanya, Jordi Exemple". And in
// Spanish, French and Portuguese a rank may stand between the office and its remit: "la cónsul
// honorario de este país en Galicia, Ana Ejemplo", "le consul honoraire de France à Bobo-Dioulasso,
// Paul Exemple".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('the envoy received, after a Catalan office or an office with its rank', () => {
  test('Catalan: "ha rebut l\'ambaixador dels Estats Units a Espanya, Jordi Exemple Model"', () => {
    const found = people(
      "El president de la Generalitat, Pere Mostra, ha rebut aquest dimecres a Palau l'ambaixador dels Estats Units a Espanya, Jordi Exemple Model. Es tracta de la primera trobada entre tots dos.",
    );
    const guest = found.find((p) => p.name === 'Jordi Exemple Model');
    assert.ok(guest, JSON.stringify(found.map((p) => p.name)));
  });

  test('Catalan: "ha rebut a l\'alcaldia l\'ambaixador de Xile a Espanya, Pau Model"', () => {
    const found = people(
      "L'alcalde de València, Joan Mostra, ha rebut este migdia a l'alcaldia l'ambaixador de Xile a Espanya, Pau Model Ruiz. El representant diplomàtic ha visitat la ciutat.",
    );
    const guest = found.find((p) => p.name === 'Pau Model Ruiz');
    assert.ok(guest, JSON.stringify(found.map((p) => p.name)));
  });

  test('Spanish: the ambassador "estuvo acompañado por la cónsul honorario de este país en Galicia, Ana Ejemplo"', () => {
    const found = people(
      'La alcaldesa de Lugo, Inés Muestra, recibió al embajador británico en España, Hugo Modelo, que estuvo acompañado también por la cónsul honorario de este país en Galicia, Ana Ejemplo. El representante firmó en el Libro de Oro.',
    );
    assert.ok(
      found.some((p) => p.name === 'Ana Ejemplo'),
      JSON.stringify(found.map((p) => p.name)),
    );
  });

  test('French: "ont aussi participé … le consul honoraire de France à Bobo-Dioulasso, Paul Exemple"', () => {
    const found = people(
      'Le nouvel ambassadeur de France, Luc Modèle, a été reçu vendredi par le président du Conseil régional des Hauts-Bassins, Alfred Témoin.\n\nOnt aussi participé à la « causerie », le Secrétaire général Karim Témoin, le consul honoraire de France à Bobo-Dioulasso, Paul Exemple, le représentant de la région Rhône-Alpes, Marc Témoin et le Secrétaire administratif.',
    );
    const guest = found.find((p) => p.name === 'Paul Exemple');
    assert.ok(guest, JSON.stringify(found.map((p) => p.name)));
    assert.equal(guest.country, 'France');
  });
});
