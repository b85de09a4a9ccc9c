// A record that opens on a meeting still to come names the people who will meet, not people who
// met: later sentences about "this ceremony" or "the talks" speak of the same event, still ahead,
// unless one says in the past tense that it took place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('previews: a meeting on the agenda is no meeting yet', () => {
  test('Indonesian: "diagendakan menerima …" then "Penyerahan surat kepercayaan ini memperlihatkan komitmen …": nobody yet', () => {
    const got = names(
      'JAKARTA – Presiden Prabowo Subianto diagendakan menerima surat-surat kepercayaan Duta Besar LBBP dari delapan negara sahabat di Istana Merdeka, Jakarta, Selasa.\n\nAdapun duta besar yang akan menyerahkan surat kepercayaan yaitu:\n\n1. Roberto Colaminè, Duta Besar LBBP Designate Resident Republik Italia untuk Republik Indonesia\n\n“Penyerahan surat kepercayaan ini memperlihatkan komitmen negara-negara sahabat,” ujar Yusuf.',
    );
    assert.deepEqual(got, []);
  });

  test('English: "will meet … on Wednesday" and then "the talks will cover …": nobody yet', () => {
    const got = names(
      'Foreign Secretary Jeremy Hunt will meet Australian Foreign Minister Julie Bishop in Edinburgh on Wednesday.\n\nThe talks between the two ministers cover security and trade, officials said.',
    );
    assert.deepEqual(got, []);
  });

  test('a preview, then the meeting reported in the past: the people who met are there', () => {
    const got = names(
      'Foreign Minister Retno Marsudi will visit Washington later this month.\n\nOn Monday, Retno Marsudi met Australian Foreign Minister Julie Bishop in Jakarta and discussed trade.',
    );
    assert.ok(got.includes('Julie Bishop'), String(got));
  });

  test('Spanish: "sostuvo una llamada telefónica" is a call that took place', () => {
    const got = names(
      'El canciller mexicano Juan Ramón de la Fuente sostuvo este miércoles una llamada telefónica con su similar de Argentina, Diana Mondino.\n\n«Ambos cancilleres coincidieron en avanzar en la realización de un próximo encuentro».',
    );
    assert.ok(got.includes('Juan Ramón de la Fuente'), String(got));
  });
});
