// A readout names the venue and, elsewhere, the city: "on Thursday in Luanda accredited … during a
// ceremony held at the Presidential Palace", "à la Primature à Nouakchott", "New Delhi: … talks at the
// Hyderabad House". A desk officer files both ("Presidential Palace, Luanda"); a city another event
// is in ("qui se rend prochainement à Prague") is not added.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('the venue with the city the lead names', () => {
  test('"in Luanda accredited … held at the Presidential Palace" gives the palace in Luanda', () => {
    assert.equal(
      place(
        'The President on Friday in Luanda accredited three new ambassadors during a ceremony held at the Presidential Palace.',
      ),
      'Presidential Palace, Luanda',
    );
  });

  test('French: "a reçu en audience à la Primature à Nouakchott" gives the Primature in Nouakchott', () => {
    assert.equal(
      place('Le Premier ministre a reçu en audience, mardi à la Primature à Nouakchott, l’ambassadeur du Japon.'),
      'Primature, Nouakchott',
    );
  });

  test('a colon dateline gives the city of a venue the lead names alone', () => {
    assert.equal(
      place('New Delhi: The foreign minister met his counterpart for delegation-level talks at the Hyderabad House on Friday.'),
      'Hyderabad House, New Delhi',
    );
  });

  test('a city the text names for another journey is not the venue’s', () => {
    assert.equal(
      place(
        'Le ministre a reçu l’ambassadrice au palais Bustros. L’ambassadrice, qui se rend prochainement à Prague, a tenu à rencontrer le ministre.',
      ),
      'palais Bustros',
    );
  });

  test('a venue that names its city keeps it alone', () => {
    assert.equal(
      place('New Delhi: The ministers met at the Chinese Permanent Mission in New York on Tuesday.'),
      'Chinese Permanent Mission in New York',
    );
  });
});
