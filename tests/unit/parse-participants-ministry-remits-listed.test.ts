// Francophone foreign ministries carry their remits in the title, each with its own "of" and article, listed by commas
// and "et": "le ministre des Affaires étrangères, de la Coopération et des Sénégalais de l'Extérieur, M. A B, a reçu …".
// A desk officer reads the minister named after that whole title, with the title as his office; a clause set off by
// commas ("de passage à Dakar") is no remit and names nobody.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('a minister named after the remits his title lists', () => {
  test('a French record naming the foreign minister after "…, de la Coopération et des Sénégalais de l\'Extérieur" lists him', () => {
    const got = read(
      "Le ministre des Affaires étrangères, de la Coopération et des Sénégalais de l'Extérieur, M. Ousmane Ndiaye Faye, a reçu en audience, mardi, l'ambassadeur du Japon.",
    );
    const minister = got.find((p) => p.name === 'Ousmane Ndiaye Faye');
    assert.ok(minister, String(got.map((p) => p.name)));
    assert.equal(minister.role, "ministre des Affaires étrangères, de la Coopération et des Sénégalais de l'Extérieur");
  });

  test('"…, de l\'Intégration africaine et des Béninois résidant à l\'étranger, A B" keeps lower-case words inside a remit', () => {
    const got = read(
      "Le ministre des Affaires étrangères, de l'Intégration africaine et des Béninois résidant à l'étranger, Paul Houngbo Adjovi, a reçu ce jeudi la secrétaire d'État espagnole.",
    );
    assert.ok(
      got.some((p) => p.name === 'Paul Houngbo Adjovi'),
      String(got.map((p) => p.name)),
    );
  });

  test('a remit that names a country gives the minister that country: "…, du Niger, A B"', () => {
    const got = read(
      "Le ministre des Affaires étrangères, du Niger, Issoufou Garba Moussa, s'est entretenu lundi avec l'ambassadeur d'Italie.",
    );
    const minister = got.find((p) => p.name === 'Issoufou Garba Moussa');
    assert.ok(minister, String(got.map((p) => p.name)));
    assert.equal(minister.country, 'Niger');
  });

  test('a clause set off by commas is no remit: "…, de passage à Dakar, A B a reçu" names nobody from the title', () => {
    const got = read('Le ministre des Affaires étrangères, de passage à Dakar, Jean Martin Dupré a reçu les élus de la région.');
    assert.ok(!got.some((p) => p.role?.includes('de passage')), JSON.stringify(got));
  });
});
