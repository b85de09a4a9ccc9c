// A regional paper writes offices in lower case: "the vice-chancellor called on governor A B",
// "the delegation led by the deputy mayor C D", "the mayor E F welcomed the visitors". In a sentence
// that says who met whom, the office and name are read; a lower-case office in passing ("law
// professor X told the radio") or a former one is not a participant.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('an office written in lower case before the name', () => {
  test('"called on governor A B" and "led by the deputy mayor C D"', () => {
    const found = people(
      'The vice-chancellor of Hill University, Prof Ravi Sample, called on governor Anil Example at the Raj Bhavan on Tuesday.\n\nLater the university received a delegation of nine officials led by the deputy mayor Kenji Testa from its sister city.',
    );
    assert.equal(found.find((p) => p.name === 'Anil Example')?.role, 'governor');
    assert.equal(found.find((p) => p.name === 'Kenji Testa')?.role, 'deputy mayor');
  });

  test('"the mayor A B welcomed the delegation"', () => {
    const found = people('On Friday evening the mayor Chen Sample welcomed the delegation from Portside at city hall.');
    assert.equal(found.find((p) => p.name === 'Chen Sample')?.role, 'mayor');
  });

  test('in passing, or a former office: nobody', () => {
    const got = people(
      'The minister met the visiting trade delegation at the ministry on Monday. The deal, law professor Alan Sample told the radio, is sound. The talks recalled the visit by former governor Bill Example in 2010.',
    ).map((p) => p.name);
    assert.ok(!got.includes('Alan Sample') && !got.includes('Bill Example'), String(got));
  });
});
