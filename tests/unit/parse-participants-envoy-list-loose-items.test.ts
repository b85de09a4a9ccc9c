// Credentials stories list the new envoys each with the country in brackets, and the writer does not
// always keep to the country tables: a formal name ("Hellenic Republic"), a body in the record's own
// language ("Uni Eropa"), a misspelling ("Kuweit"), or a comma dropped between two items. The desk
// officer still reads every envoy of the list; the country nobody can read stays empty.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => read(text).map((p) => p.name);

describe('a list of envoys, each with the country in brackets', () => {
  test('"Nikos Andreou (Hellenic Republic)" first in the list: read, and the formal name filed under its state', () => {
    const got = read(
      'President Samia Suluhu received the credentials of four new ambassadors at State House on Tuesday.\n\nThe ambassadors were Nikos Andreou (Hellenic Republic), Lucia Perez Vidal (Cuba), Ahmed Salem Nour (Egypt) and Pedro Lima Souto (Brazil).',
    );
    const nikos = got.find((p) => p.name === 'Nikos Andreou');
    assert.ok(nikos, String(got.map((p) => p.name)));
    assert.equal(nikos.country, 'Greece');
    assert.ok(got.some((p) => p.name === 'Lucia Perez Vidal'));
  });

  test('"Marta Lindqvist (Uni Eropa)": a body the tables do not know, in an Indonesian list', () => {
    const got = names(
      'Presiden Joko Widodo menerima surat kepercayaan dari lima duta besar negara sahabat di Istana Merdeka.\n\nMereka adalah Carlos Ruiz Mendez (Argentina); Marta Lindqvist (Uni Eropa); Jean Paul Moreau (Prancis); dan Tomas Novak Horak (Ceko).',
    );
    assert.ok(got.includes('Marta Lindqvist'), String(got));
  });

  test('"Piotr Zielinski (Poland) Amadou Sow Diallo (Senegal)": the comma the writer dropped', () => {
    const got = names(
      'President Ruto received credentials from four new envoys at State House, Nairobi.\n\nThe diplomats included Piotr Zielinski (Poland) Amadou Sow Diallo (Senegal), Rania Farouk Aziz (Jordan) and Kenji Mori Sato (Japan).',
    );
    assert.ok(got.includes('Piotr Zielinski'), String(got));
    assert.ok(got.includes('Amadou Sow Diallo'), String(got));
  });

  test('a bracket that is no country or body ("(2019)", "(left)") is not read as a member', () => {
    const got = names(
      'President Ruto received credentials from three new envoys at State House, Nairobi.\n\nThey were Piotr Zielinski (Poland), Amadou Sow Diallo (Senegal), Rania Farouk Aziz (left) and Kenji Mori Sato (2019).',
    );
    assert.ok(!got.includes('Kenji Mori Sato'), String(got));
  });
});
