// A desk officer files each participant under a country: the book's two sides, the ledger. When the
// office beside a name says whose it is ("…, Foreign Minister of the Kingdom of Bahrain", "Nigerian
// High Commissioner to Ghana, Ambassador …"), the participant carries that country; a country named
// only elsewhere in the sentence, or shared out over a list, gives none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);
const countryOf = (text: string, name: string) => read(text).find((p) => p.name === name)?.country;

describe('the country of an office stated beside the name', () => {
  test('"Dr Rashid Al Amin, Foreign Minister of the Kingdom of Bahrain": Bahrain, the state’s long form read', () => {
    const text =
      'Foreign Minister Salim Al Harthy received on Sunday Dr Rashid Al Amin, Foreign Minister of the Kingdom of Bahrain, during his visit to Muscat.';
    assert.equal(countryOf(text, 'Rashid Al Amin'), 'Bahrain');
  });

  test('"Nigerian High Commissioner to Ghana, Ambassador Tunde Bello": the adjective, not the posting', () => {
    const text =
      'Nigerian High Commissioner to Ghana, Ambassador Tunde Bello, has presented his letter of credence to the President in Accra.';
    assert.equal(countryOf(text, 'Tunde Bello'), 'Nigeria');
  });

  test('"Kofi Mensah, Ghana\'s Ambassador to Togo": the possessive after the name', () => {
    const text =
      'The meeting was attended by Kofi Mensah, Ghana’s Ambassador to Togo, and officials of the Ministry. The Minister of Foreign Affairs met Kofi Mensah in Lomé.';
    assert.equal(countryOf(text, 'Kofi Mensah'), 'Ghana');
  });

  test('a list where the next office belongs to the next name: the first person gets no country from it', () => {
    const text =
      'The Minister met in Jakarta with Minister of Foreign Affairs Ali Demir, Minister of Foreign Affairs of Chile Ana Soto and Minister of Foreign Affairs of Peru Luis Vega.';
    assert.notEqual(countryOf(text, 'Ali Demir'), 'Chile');
  });

  test('"the Somali and Kenyan foreign ministers A and B": an adjective shared over a list is nobody’s alone', () => {
    const text = 'The Somali and Kenyan Foreign Ministers Abdi Warsame and Grace Wanjiru met in Nairobi today.';
    assert.notEqual(countryOf(text, 'Abdi Warsame'), 'Kenya');
  });
});
