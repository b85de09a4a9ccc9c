// German reports of a reception at a palace say where in many ways: "auf Schloss Salem", "in Schloss
// Bellevue verabschiedet", "vor Schloss Bellevue empfangen", "Vor dem leicht verschneiten Schloß Bellevue",
// and a credentials ceremony ("nahm … die Beglaubigungsschreiben … entgegen") is a reception too. A desk
// officer files the palace, not the city the story was filed from.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('the palace a German report says the reception was held at', () => {
  test('"auf Schloss Salem … traf … zusammen" gives Schloss Salem', () => {
    assert.equal(
      place('Bei einem Empfang auf Schloss Salem traf der Bundespräsident mit dem Premierminister Vietnams zusammen.'),
      'Schloss Salem',
    );
  });

  test('a credentials ceremony "im Schloss Bellevue", filed from Berlin, gives the palace', () => {
    assert.equal(
      place(
        'Berlin (dpa) - Der Bundespräsident hat am Freitag im Schloss Bellevue vier neue Botschafter begrüßt. In einer Zeremonie nahm er ihre Beglaubigungsschreiben entgegen.',
      ),
      'Schloss Bellevue',
    );
  });

  test('the old spelling with an adjective before it: "Vor dem leicht verschneiten Schloß Bellevue"', () => {
    assert.equal(
      place(
        'Vor dem leicht verschneiten Schloß Bellevue spielte die Musik. Der Botschafter überreichte dem Bundespräsidenten sein Beglaubigungsschreiben.',
      ),
      'Schloß Bellevue',
    );
  });

  test('envoys sent off "in Schloss Bellevue" give the palace', () => {
    assert.equal(
      place('Der Bundesratspräsident hat heute zwölf Botschafter in Schloss Bellevue verabschiedet.'),
      'Schloss Bellevue',
    );
  });

  test('a palace named in a paragraph that reports no reception gives no palace', () => {
    assert.notEqual(place('Das Konzert im Schloss Charlottenburg war ausverkauft.'), 'Schloss Charlottenburg');
  });
});
