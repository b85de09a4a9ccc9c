// "Envoys representing the EU, France and Finland paid a courtesy call on the minister": English ties
// envoys (and high commissioners) to their states with "representing" as well as "of" and "from".
// Each state is one envoy known by office and country. A country's short form in brackets
// ("United Arab Emirates (UAE)") does not end the list.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);
const countriesOf = (text: string, role: string) =>
  read(text)
    .filter((p) => p.name === null && p.role === role)
    .map((p) => p.country);

describe('a plural office over a list of states, the holders never named', () => {
  test('"Envoys representing the European Union, France and Finland paid a courtesy call"', () => {
    const text =
      'Interior Minister Ram Thapa met ambassadors from three countries at the ministry on Thursday.\n\nEnvoys representing the European Union, France and Finland paid a courtesy call on the minister at his office.';
    assert.deepEqual(countriesOf(text, 'envoy'), ['European Union', 'France', 'Finland']);
  });

  test('"high commissioners of Kenya, Ghana and Malawi" are three high commissioners', () => {
    const text = 'The minister met the high commissioners of Kenya, Ghana and Malawi in Lusaka on Monday.';
    assert.deepEqual(countriesOf(text, 'high commissioner'), ['Kenya', 'Ghana', 'Malawi']);
  });

  test('a short form in brackets does not end the list', () => {
    const text =
      'President Lopez received the credentials of ambassadors from Belgium, the United Arab Emirates (UAE), Sweden and Malta at the palace on Wednesday.';
    assert.deepEqual(countriesOf(text, 'ambassador'), ['Belgium', 'United Arab Emirates', 'Sweden', 'Malta']);
  });

  test('envoys representing states in general, no meeting reported, are nobody in the room', () => {
    const text = 'Envoys representing France and Germany have long argued for a common approach to the crisis.';
    assert.deepEqual(read(text), []);
  });
});
