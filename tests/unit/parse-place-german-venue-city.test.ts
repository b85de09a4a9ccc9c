// A German readout names the building and the city it stands in: "Die Begegnung fand im Landeshaus
// in Mainz statt." The desk officer wants both; a noun after "in" ("in Anwesenheit …") is no city.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('a German building and the city after it', () => {
  test('"im Landeshaus in Mainz" gives the building and the city', () => {
    assert.equal(
      place(
        'Der Ministerpräsident hat den Generalkonsul zu einem Gespräch getroffen. Die Begegnung fand im Landeshaus in Mainz statt.',
      ),
      'Landeshaus, Mainz',
    );
  });

  test('"im Rathaus in Anwesenheit …" keeps the building alone', () => {
    assert.equal(place('Der Bürgermeister hat die Delegation im Rathaus in Anwesenheit der Stadträte empfangen.'), 'Rathaus');
  });
});
