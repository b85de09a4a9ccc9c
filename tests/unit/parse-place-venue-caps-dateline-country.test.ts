// Wire copy opens with the city in capitals and its country: "DAVAO CITY, Philippines – …". When the
// lead then names only a hall ("at the Provincial Convention Hall"), a desk officer files the hall with
// that city. A country that is not one ("ROME, Georgia" is, "BULLETIN, Morning –" is not) decides.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('a venue and the capitals dateline with its country', () => {
  test('"ILOILO CITY, Philippines –" adds the city to the hall the meeting was held at', () => {
    assert.equal(
      place(
        'ILOILO CITY, Philippines – Five new ambassadors called on the governor before leaving for their posts.\n\nThe meeting was held at the Provincial Convention Hall on Monday.',
      ),
      'Provincial Convention Hall, Iloilo City',
    );
  });

  test('a capitals line whose second word is no country adds nothing', () => {
    assert.equal(
      place(
        'TOWN NEWS, Weekly – Five new ambassadors called on the governor before leaving for their posts.\n\nThe meeting was held at the Provincial Convention Hall on Monday.',
      ),
      'Provincial Convention Hall',
    );
  });
});
