// A page's link to another story left in the text, label and headline on one line ("Leer también:
// Canciller X pide …", "Baca juga: …"): the headline's people are another story's, not this meeting's.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('the headline of a linked story names no participant', () => {
  test('Spanish "Leer también:" between two paragraphs of the meeting', () => {
    const got = names(
      'El gobernador Luis Ortega recibió al embajador de Chile, Pedro Matte, en la sede del gobierno regional.\n\nLeer también: Canciller Ana Ruiz pide a la región unirse frente a la crisis\n\nAmbos acordaron ampliar la cooperación.',
    );
    assert.deepEqual(got, ['Luis Ortega', 'Pedro Matte']);
  });

  test('Indonesian "Baca juga:" with a minister in the linked headline', () => {
    const got = names(
      'Gubernur Budi Santoso menerima Duta Besar Jepang Kenji Tanaka di kantor gubernur.\n\nBaca juga: Menteri Luar Negeri Sari Dewi Bertemu Mitranya di Jakarta\n\nKedua pihak membahas kerja sama pendidikan.',
    );
    assert.ok(!got.includes('Sari Dewi'), `got ${got.join(', ')}`);
    assert.ok(got.includes('Kenji Tanaka'), `got ${got.join(', ')}`);
  });

  test('a paragraph of the meeting that only mentions reading is kept: "read also" inside a sentence', () => {
    const got = names('Foreign Minister Ana Costa met Foreign Minister Lena Berg in Lisbon; read also: the joint statement.');
    assert.ok(got.includes('Ana Costa') && got.includes('Lena Berg'), `got ${got.join(', ')}`);
  });
});
