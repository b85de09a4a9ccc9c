// Swedish, Danish and Norwegian say where the meeting was with "i" for a city and "på" for a palace
// or residence: "träffade … i Stockholm", "møtte … i Beijing tirsdag", "tog imod … på Fredensborg
// Slot", "företräde på Kungl. Slottet". A desk officer files that place, not the war or the parliament
// the talks were about ("krigen i Ukraina", "flertallet i Stortinget"), nor a hall's genitive ("i Folkets store hall").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nordicPlace } from '../../electron/node/library/parse/place/nordic.ts';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('the place in a Nordic meeting sentence', () => {
  test('"träffade i dag … i Stockholm" gives Stockholm', () => {
    assert.equal(
      place(
        'Utrikesminister Anna Exempel träffade i dag Vietnams utrikesminister Nguyen Van Mau i Stockholm. Samtalet handlade om handel.',
      ),
      'Stockholm',
    );
  });

  test('"tog imod … på Fredensborg Slot" and "gav Kungen företräde på Kungl. Slottet" keep the palace whole', () => {
    assert.equal(
      nordicPlace(['Dronningen tog imod to nye ambassadører på Fredensborg Slot, og de overrakte deres akkreditiver.']),
      'Fredensborg Slot',
    );
    assert.equal(nordicPlace(['Torsdagen gav Kungen företräde på Kungl. Slottet för den nya landshövdingen.']), 'Kungl. Slottet');
  });

  test('the war, the majority and a hall in the genitive are passed over for the city', () => {
    assert.equal(nordicPlace(['De møttes for å diskutere flertallet i Stortinget og krigen i Ukraina.']), null);
    assert.equal(nordicPlace(['Statsministeren hadde møtt Kinas statsminister i Folkets store hall i Beijing.']), 'Beijing');
  });

  test('an English sentence is not read by the Nordic rule', () => {
    assert.equal(nordicPlace(['The minister met his counterpart i Oslo.']), null);
  });
});
