// Indonesian readouts name a venue and then where it is, after commas: "di Ruang Kredensial, Istana
// Merdeka, Jakarta, Senin (4/11)". A desk officer wants the whole of it (the room, the palace, the
// city), and not the weekday or the month that follows.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { untilDayWord } from '../../electron/node/library/parse/place/latin.ts';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('an Indonesian venue and the places after its commas', () => {
  test('"di Istana Merdeka, Jakarta, Senin" keeps the palace and the city', () => {
    assert.equal(
      place(
        'Presiden menerima surat kepercayaan dari tujuh duta besar untuk Indonesia di Istana Merdeka, Jakarta, Senin (4/11) sore.',
      ),
      'Istana Merdeka, Jakarta',
    );
  });

  test('the room, the palace and the city, then the date', () => {
    assert.equal(
      place(
        'Penyerahan surat kepercayaan tersebut dilaksanakan di Ruang Kredensial, Istana Merdeka, Jakarta, pada Rabu (15/8/2018) yang dihadiri para duta besar.',
      ),
      'Ruang Kredensial, Istana Merdeka, Jakarta',
    );
  });

  test('a weekday or a month after the comma is no place', () => {
    assert.equal(untilDayWord('Jakarta, Rabu'), 'Jakarta');
    assert.equal(untilDayWord('Hotel Mercure, Agustus'), 'Hotel Mercure');
    assert.equal(untilDayWord('Senin'), null);
  });
});
