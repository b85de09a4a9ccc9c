// A news story whose only talk of meetings is in someone's quoted words ("“…through dialogue and
// consultation”") reports no meeting: a desk officer finds no participants in it. A Spanish
// "encuentro" is a meeting the record reports.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('meetings only in quotations', () => {
  test('a statement quoting "dialogue and consultation" names people who met nobody', () => {
    const got = names(
      'Kazakhstan called for calm after the strike, the spokesman of President Kassym-Jomart Tokayev, Berik Uali, wrote on Facebook.\n\n«All parties must remain calm and work to defuse the situation through dialogue and consultation», he wrote.',
    );
    assert.deepEqual(got, []);
  });

  test('"Such concerns must be addressed in consultation with …," she said: a quotation, not a meeting', () => {
    const got = names(
      'Israeli Defence Minister Israel Katz said the country would keep the blockade.\n\n“Such concerns must be addressed in consultation with the humanitarian organisation concerned,” she said.',
    );
    assert.deepEqual(got, []);
  });

  test('"el encuentro se celebró el martes": the Spanish word for the meeting itself', () => {
    const got = names(
      'El canciller, Félix Plasencia, abordó con el embajador Rafael Dochao temas de interés mutuo.\n\nFuentes de la diplomacia europea explicaron que el encuentro se celebró el martes y duró una hora.',
    );
    assert.ok(got.includes('Rafael Dochao'), String(got));
  });
});
