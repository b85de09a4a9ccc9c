// Languages without a table of nationality adjectives read one by the stem it shares with a
// country's name ("luxemburgischen" → Luxembourg). A word that only shares a few letters is no
// adjective: Norwegian "sier" (says) is not Sierra Leone's, "самопровозглашенной" (self-proclaimed)
// not Samoa's; German "französische" is France's, not its southern territories'.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';
import { adjectiveCountry } from '../../electron/shared/countries.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('a nationality adjective read from its stem', () => {
  test('German "der französische Außenminister Paul Martin": France', () => {
    const got = read('Bundesaußenminister Karl Weber traf am Montag in Berlin den französischen Außenminister Paul Martin.');
    assert.equal(got.find((p) => p.name === 'Paul Martin')?.country, 'France', JSON.stringify(got));
    assert.equal(adjectiveCountry('de', 'französische'), 'France');
  });

  test('adjectives that share a longer stem still read: "luxemburgischen", "belgische"', () => {
    assert.equal(adjectiveCountry('de', 'luxemburgischen'), 'Luxembourg');
    assert.equal(adjectiveCountry('de', 'belgische'), 'Belgium');
  });

  test('Norwegian "sier næringsminister Kari Nordmann" (says): no country from "sier"', () => {
    const got = read(
      '– Vi er enige om å starte forhandlinger, sier næringsminister Kari Nordmann etter et møte med den kinesiske viseministeren i Beijing.',
    );
    assert.notEqual(got.find((p) => p.name === 'Kari Nordmann')?.country, 'Sierra Leone', JSON.stringify(got));
    assert.equal(adjectiveCountry('no', 'sier'), null);
  });

  test('Russian "самопровозглашенной" (self-proclaimed) is no adjective of Samoa', () => {
    assert.equal(adjectiveCountry('ru', 'самопровозглашенной'), null);
  });
});
