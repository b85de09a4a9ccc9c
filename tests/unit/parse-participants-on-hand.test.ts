// An embassy's welcome names the staff who were there with "Also on hand to receive him was …", and a
// courtesy call its companions with "Accompanying the Ambassador during the meeting were …" (a longer
// phrase before "were"). The desk officer reads each of them as present. A list that opens on an
// office does not lend that office to a later name that comes without one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('those on hand and those accompanying', () => {
  test('"Also on hand to receive him were Mr Ade Bello and Mrs Ngozi Obi": both present', () => {
    const got = read(
      'The Ambassador welcomed the Governor of Kwara State at the airport on Monday.\n\nAlso on hand to receive him were Mr Ade Bello and Mrs Ngozi Obi.',
    ).map((p) => p.name);
    assert.ok(got.includes('Ade Bello'), String(got));
    assert.ok(got.includes('Ngozi Obi'), String(got));
  });

  test('"Accompanying the Philippine Ambassador during the meeting were … and Administrative Officer Rosa Cruz"', () => {
    const got = read(
      'On July 2, the Ambassador called on the Mayor of Monterrey at his office.\n\nAccompanying the Philippine Ambassador during the meeting were Third Secretary Jose Santos and Administrative Officer Rosa Cruz.',
    ).map((p) => p.name);
    assert.ok(got.includes('Rosa Cruz'), String(got));
  });

  test('"the Head of Mission, Ambassador Ana Lima and Mr Tom Reyes": the Head of Mission is not Mr Reyes', () => {
    const got = read(
      'The Ambassador welcomed the Governor of Kwara State at the airport on Monday.\n\nAlso on hand to receive him was the Head of Mission, Her Excellency Ambassador Ana Lima and Mr Tom Reyes.',
    );
    const reyes = got.find((p) => p.name === 'Tom Reyes');
    assert.ok(reyes, String(got.map((p) => p.name)));
    assert.notEqual(reyes.role, 'Head of Mission');
  });

  test('"the goods on hand were sold" names no one', () => {
    const got = read('The Minister met the trade delegation on Monday. The stock on hand was reviewed before the talks.').map(
      (p) => p.name,
    );
    assert.deepEqual(got, []);
  });
});
