// "The chamber held a virtual meeting on Thursday with Anna Keller, president of the Swiss council":
// English sets the day between the meeting word and "with". The person after "with" is still the
// one met; a day with nobody after "with" reads no one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a day between the meeting word and "with"', () => {
  test('"held a virtual meeting on Thursday with Anna Keller, president of …"', () => {
    const got = names(
      'The Cuban chamber of commerce held a virtual meeting on Thursday with Anna Keller, president of the Swiss export council.',
    );
    assert.ok(got.includes('Anna Keller'), String(got));
  });

  test('"met yesterday with Omar Haddad, director of …"', () => {
    const got = names('The mayor met yesterday with Omar Haddad, director of the Jordanian trade office.');
    assert.ok(got.includes('Omar Haddad'), String(got));
  });

  test('"a meeting on Thursday with business leaders": nobody named', () => {
    assert.deepEqual(names('The minister will hold a meeting on Thursday with business leaders in the capital.'), []);
  });
});
