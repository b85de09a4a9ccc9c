// French, Spanish, Portuguese and Italian records give an envoy's or a minister's country with "de"
// beside the name ("Mme Eva Novak, ambassadrice de Tchéquie", "el embajador de Chile, Luis Soto").
// The desk officer files each under that country; a posting ("en Argentina") or a body's name
// ("l'Ordre souverain de Malte") gives none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);
const countryOf = (text: string, name: string) => read(text).find((p) => p.name === name)?.country;

describe('an office "de" a country, beside the name', () => {
  test('French: "Mme Eva Novak, ambassadrice de Tchéquie" after the name', () => {
    const text =
      'Le ministre des Affaires étrangères, Jean Morel, a reçu mardi Mme Eva Novak, ambassadrice de Tchéquie, qui lui a remis une copie de ses lettres de créance.';
    assert.equal(countryOf(text, 'Eva Novak'), 'Czech Republic');
  });

  test('French: the state’s long form, "ambassadeur de la Fédération de Russie"', () => {
    const text =
      'Le Président a reçu au palais M. Ivan Petrov, ambassadeur de la Fédération de Russie, et M. Paul Martin, ambassadeur de France.';
    assert.equal(countryOf(text, 'Ivan Petrov'), 'Russia');
  });

  test('Spanish: "el embajador de Chile en Argentina, Luis Soto" before the name, the posting left aside', () => {
    const text =
      'El intendente recibió hoy la visita protocolar del embajador de Chile en Argentina, Luis Soto Vera, en el palacio municipal.';
    assert.equal(countryOf(text, 'Luis Soto Vera'), 'Chile');
  });

  test('a body named with "de" is not a country: "ambassadeur de l’Ordre souverain de Malte"', () => {
    const text =
      'Le Roi a reçu mercredi plusieurs ambassadeurs, dont M. Jean Dupuis, ambassadeur de l’Ordre souverain de Malte, venu présenter ses lettres de créance.';
    assert.notEqual(countryOf(text, 'Jean Dupuis'), 'Malta');
  });

  test('another man’s office before the name: "président de la République du Sénégal à son frère … Amadou Sall"', () => {
    const text =
      'Le ministre a remis un message de Son Excellence Monsieur Ousmane Diop, président de la République du Sénégal à son frère Son Excellence Monsieur Amadou Sall, qui l’a reçu au palais.';
    assert.notEqual(countryOf(text, 'Amadou Sall'), 'Senegal');
  });
});
