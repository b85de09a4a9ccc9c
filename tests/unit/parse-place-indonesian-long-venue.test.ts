// Indonesian readouts name the room or hall by a long name: "di Ruang Rapat Utama DPRD Kota Bogor
// pada Senin", "bertempat di Aula Wira Pratama Polres Kota". A desk officer wants the venue as
// written, up to the word that dates it; a "di" before a lower-case word is no venue.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('an Indonesian venue with a long name', () => {
  test('"di Ruang Rapat Utama DPRD Kota Bogor pada Senin" keeps the whole room', () => {
    assert.equal(
      place(
        'Ketua DPRD Kota Bogor menerima kunjungan kerja dari DPRD Kabupaten Garut yang datang untuk studi banding di Ruang Rapat Utama DPRD Kota Bogor pada Senin (3/6).',
      ),
      'Ruang Rapat Utama DPRD Kota Bogor',
    );
  });

  test('"di Istana Negara malam tadi" stops before the time of day', () => {
    assert.equal(
      place(
        'Presiden menerima kunjungan Perdana Menteri Laos dalam jamuan makan malam di Istana Negara malam tadi yang berlangsung hangat.',
      ),
      'Istana Negara',
    );
  });

  test('"di dalam negeri" names no venue', () => {
    assert.equal(place('Menteri menerima kunjungan para pengusaha yang membahas investasi di dalam negeri.'), null);
  });
});
