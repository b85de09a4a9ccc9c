// A desk officer reading Indonesian and Malay releases knows the people's short forms: "Jokowi" two
// lines after "Presiden Joko Widodo" is the same president, not a second guest; and "Menteri Besar"
// (a Malaysian state's chief minister) is one office, so "Besar" is nobody's name, here or in the
// next record's "Duta Besar".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('short forms of a name and words of an office', () => {
  test('"Presiden Joko Widodo menerima … Jokowi didampingi": one president, under his full name', () => {
    const got = names(
      'Presiden Joko Widodo menerima surat kepercayaan dari enam Duta Besar negara sahabat di Istana Merdeka, Jakarta.\n\nJokowi turut didampingi oleh Menteri Luar Negeri Retno Marsudi.',
    );
    assert.ok(got.includes('Joko Widodo'), String(got));
    assert.ok(!got.includes('Jokowi'), String(got));
    assert.ok(got.includes('Retno Marsudi'), String(got));
  });

  test('the first lady "Iriana Joko Widodo" stays her own person beside "Jokowi"', () => {
    const got = names(
      'Presiden Jokowi menerima kunjungan Wakil Presiden Amerika Serikat Michael Richard Pence di Istana Merdeka.\n\nIbu Negara Iriana Joko Widodo turut hadir dalam pertemuan itu.',
    );
    assert.ok(got.includes('Jokowi'), String(got));
    assert.ok(got.includes('Michael Richard Pence'), String(got));
  });

  test('a surname that only begins like a first name is not a blend: "Johnson" is not "John Sonders"', () => {
    const got = names(
      'Foreign Minister John Sonders met Ambassador Johnson in the capital on Monday to discuss trade.\n\nSonders and Johnson agreed to meet again.',
    );
    assert.ok(got.includes('John Sonders'), String(got));
    assert.ok(got.includes('Johnson'), String(got));
  });

  test('"Menteri Besar Negeri Sembilan": the office\'s second word is not a name', () => {
    const got = names('Presiden Joko Widodo menerima kunjungan Menteri Besar Negeri Sembilan di Istana Bogor.');
    assert.ok(got.includes('Joko Widodo'), String(got));
    assert.ok(!got.includes('Besar'), String(got));
  });
});
