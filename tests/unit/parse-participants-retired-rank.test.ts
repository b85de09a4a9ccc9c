// Commonwealth releases write a retired officer's rank spelled out with "(ret’d)", "(Retd)" or
// "(retired)" before the name: "Prime Minister, Brigadier (ret’d) Joe Bloggs received …",
// "Commodore (Retd) Ann Lee". The rank and its mark are the courtesy, not the name; the desk officer
// wants the person with the office.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('a spelled-out rank marked retired before the name', () => {
  test('"Prime Minister, Brigadier (ret’d) Joe Bloggs received …": the prime minister is read', () => {
    const got = read(
      'Prime Minister, Brigadier (ret’d) Joe Bloggs received a courtesy visit today from outgoing British High Commissioner Jane Roe.',
    );
    const pm = got.find((p) => p.name === 'Joe Bloggs');
    assert.ok(pm, JSON.stringify(got));
    assert.equal(pm.role, 'Prime Minister');
  });

  test('"Commodore (Retd) Ann Lee" after the office she holds', () => {
    const got = read('The Minister met High Commissioner Commodore (Retd) Ann Lee in Colombo on Monday.');
    assert.ok(
      got.some((p) => p.name === 'Ann Lee'),
      JSON.stringify(got),
    );
  });
});
