// Indonesian offices whose second word is capitalised: "Menteri Sekretaris Negara" (Minister of
// State Secretary), "Menteri Dalam Negeri" (Home Minister). Read as "Menteri" and a name, they gave
// a Mr "Sekretaris" to every credentials ceremony the palace reported.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('an Indonesian office of two capitalised words before the holder', () => {
  test('"turut dihadiri … Menteri Sekretaris Negara Budi Santoso dan Menteri Dalam Negeri Agus Wibowo": the holders, not "Sekretaris" or "Dalam"', () => {
    const got = people(
      'Presiden Joko Widodo menerima surat kepercayaan dari enam duta besar negara sahabat di Istana Merdeka, Jakarta.\n\nAcara ini turut dihadiri Menteri Luar Negeri Retno Marsudi, Menteri Sekretaris Negara Budi Santoso dan Menteri Dalam Negeri Agus Wibowo.',
    );
    const names = got.map((p) => p.name);
    assert.ok(!names.includes('Sekretaris') && !names.includes('Dalam'), String(names));
    const secretary = got.find((p) => p.name === 'Budi Santoso');
    assert.ok(secretary, String(names));
    assert.equal(secretary.role, 'Menteri Sekretaris Negara');
    assert.ok(names.includes('Agus Wibowo'), String(names));
  });
});
