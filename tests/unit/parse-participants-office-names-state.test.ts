// An English release often gives an envoy's or a minister's state only inside the office: "the
// Ambassador of the Russian Federation to Sri Lanka Yury Materiy", "Minister of Foreign Affairs of the
// Russian Federation Sergey Lavrov". The desk officer reads that state as the person's country, and
// "the Russian Ambassador" further down as the same person, not a second, unnamed envoy. "Minister of
// Foreign Affairs" alone names a portfolio, no state; "Ambassador to Oman" names where the envoy
// serves, not whose envoy.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('an office that names the state it serves', () => {
  test('"The Ambassador of the Russian Federation to Kenya Ivan Petrov" is Russian, and "the Russian Ambassador" is he', () => {
    const got = read(
      'The Ambassador of the Russian Federation to Kenya Ivan Petrov has called on the newly appointed Minister of Foreign Affairs Anna Kell at the Foreign Ministry.\n\nThe Russian Ambassador conveyed a message of felicitation to the new Foreign Minister.',
    );
    const petrov = got.find((p) => p.name === 'Ivan Petrov');
    assert.ok(petrov, JSON.stringify(got.map((p) => p.name)));
    assert.equal(petrov.country, 'Russia');
    assert.ok(!got.some((p) => p.name === null && p.role === 'Ambassador'), JSON.stringify(got.map((p) => [p.name, p.role])));
  });

  test('"High Commissioner of the Republic of Trinidad and Tobago" gives the envoy his country', () => {
    const got = read(
      'The President received the credentials of two envoys at the State House on Monday. They are Ambassador Marek Nowak of the Republic of Poland and Mr Dennis Carlton Moore, High Commissioner of the Republic of Trinidad and Tobago.',
    );
    const moore = got.find((p) => p.name === 'Dennis Carlton Moore');
    assert.ok(moore, JSON.stringify(got.map((p) => p.name)));
    assert.equal(moore.country, 'Trinidad and Tobago');
  });

  test('"Minister of Foreign Affairs" names a portfolio, not a state: no country is made up', () => {
    const got = read(
      'Minister of Foreign Affairs Anna Kell received the Ambassador of Japan, Taro Sato, at the Ministry on Friday.',
    );
    const kell = got.find((p) => p.name === 'Anna Kell');
    assert.ok(kell, JSON.stringify(got.map((p) => p.name)));
    assert.equal(kell.country, null);
  });
});
