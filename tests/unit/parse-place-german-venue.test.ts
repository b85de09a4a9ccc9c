// German readouts name the building the talks were held in: "empfing … im Bundeskanzleramt", "kamen …
// im Amtssitz des Bundespräsidenten zusammen, dem Schloss Bellevue in Berlin". A desk officer wants the
// building, not only the city; a visit still ahead ("empfängt am Sonntag … im Kanzleramt") has no place yet.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('the building a German readout says the talks were held in', () => {
  test('"Der Bundeskanzler empfing … im Bundeskanzleramt" gives the chancellery', () => {
    assert.equal(
      place(
        'Der Bundeskanzler empfing den vietnamesischen Premierminister am Mittwoch in Berlin im Bundeskanzleramt. Beide sprachen über Handel.',
      ),
      'Bundeskanzleramt',
    );
  });

  test('"… kamen … zusammen, dem Schloss Bellevue in Berlin" gives the palace', () => {
    assert.equal(
      place(
        'Der Bundespräsident und der Gast kamen am Donnerstag im Amtssitz des Bundespräsidenten zusammen, dem Schloss Bellevue in Berlin.',
      ),
      'Schloss Bellevue',
    );
  });

  test('a visit announced in the present ("empfängt am Sonntag … im Kanzleramt") gives no building', () => {
    assert.notEqual(
      place('Am Sonntag empfängt die Bundeskanzlerin den vietnamesischen Premierminister im Kanzleramt mit militärischen Ehren.'),
      'Kanzleramt',
    );
  });
});
