// A ceremony's report names the envoys after "namely": "The remaining four were high commissioners,
// namely A from Kazakhstan, B from Estonia, C de D from El Salvador, and E from Suriname". Each one
// with the country after the name; a list after "namely" that names no country is no list of envoys.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('envoys listed after "namely"', () => {
  test('"high commissioners, namely A from X, B from Y, C de D from Z, and E from W"', () => {
    const found = people(
      'President Tom Sample on Thursday received the credentials of four high commissioners at State House.\n\nThey were high commissioners, namely Barly Example from Kazakhstan, Daniel Trial from Estonia, Ignacio de Cossio Perez de Specimen from El Salvador, and Fidelia Graand-Sample from Suriname.',
    );
    const got = found.map((p) => p.name);
    for (const n of ['Barly Example', 'Daniel Trial', 'Ignacio de Cossio Perez de Specimen', 'Fidelia Graand-Sample'])
      assert.ok(got.includes(n), String(got));
    assert.equal(found.find((p) => p.name === 'Barly Example')?.country, 'Kazakhstan');
  });

  test('not fired: "the ambassadors discussed two topics, namely Trade Policy and Climate Finance"', () => {
    const got = people(
      'President Tom Sample received the ambassadors at State House. The ambassadors discussed two topics, namely Trade Policy and Climate Finance.',
    ).map((p) => p.name);
    assert.ok(!got.includes('Trade Policy') && !got.includes('Climate Finance'), String(got));
  });
});

describe('an office whose portfolio ends in "Service"', () => {
  test('"New South Wales Minister for Customer Service A B"', () => {
    const found = people(
      'Premier Gladys Sample met community leaders at Parliament House. Also there was New South Wales Minister for Customer Service Victor Specimen.',
    );
    assert.equal(found.find((p) => p.name === 'Victor Specimen')?.role, 'Minister for Customer Service');
  });
});
