// German names the city before the object and the verb: "hatte am Mittwoch in Berlin
// Bundeskanzlerin … getroffen", "… in Washington besucht", "wurde … in Chur von … empfangen". A
// desk officer files the city; nouns German takes after a bare "in" ("in Zukunft", "in Begleitung")
// are no places, and talks still to come ("Ich werde bei meinen Gesprächen in New York …") have none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { germanIn } from '../../electron/node/library/parse/place/german.ts';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('the city in a German meeting sentence', () => {
  test('"hatte am Mittwoch in Berlin Bundeskanzlerin … getroffen" gives Berlin', () => {
    assert.equal(
      place('Der Kanzler hatte am Mittwoch in Berlin Bundeskanzlerin Erika Muster sowie den Präsidenten getroffen.'),
      'Berlin',
    );
  });

  test('"hat … ihren Amtskollegen in Washington besucht" gives Washington, though the next sentence looks ahead', () => {
    assert.equal(
      place(
        'Die Ministerin hat am Freitag ihren Amtskollegen Hans Beispiel in Washington besucht. Die beiden wollen sich in Zukunft regelmäßig austauschen.',
      ),
      'Washington',
    );
  });

  test('"in New York" keeps both words', () => {
    assert.equal(germanIn(['Der Minister hat den Generalsekretär in New York getroffen.']), 'New York');
  });

  test('"in Begleitung" and "in Zukunft" are not places', () => {
    assert.equal(germanIn(['Der Minister hat in Begleitung seiner Frau den Botschafter empfangen.']), null);
    assert.equal(germanIn(['Die Minister wollen sich in Zukunft öfter treffen und haben das beschlossen.']), null);
  });

  test('talks still to come name no place', () => {
    assert.equal(germanIn(['Ich werde bei meinen Gesprächen in New York für die Kandidatur werben, die wir haben.']), null);
  });
});
