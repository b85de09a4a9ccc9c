// Swedish, Danish and Norwegian write the title before the name, as German does, often after the
// country in the genitive: "Utrikesminister Anna Exempel träffade i dag Vietnams utrikesminister
// Nguyen Van Mau", "Kinas utenriksminister", "den amerikanske udenrigsminister, John Sample". A desk
// officer files both sides with their titles; an English "President" is left to the English rules.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (paragraphs: string[]) => parseRecordText(paragraphs.join('\n\n')).participants;

describe('Nordic titles before names', () => {
  test('"Utrikesminister … träffade i dag Vietnams utrikesminister …" gives both ministers, the guest from Viet Nam', () => {
    const found = people([
      'Utrikesministern träffade sin vietnamesiske kollega',
      'Utrikesminister Anna Exempel träffade i dag Vietnams utrikesminister Nguyen Van Mau i Stockholm. Samtalet handlade om handel och klimat.',
    ]);
    const guest = found.find((p) => p.name === 'Nguyen Van Mau');
    assert.ok(guest, JSON.stringify(found.map((p) => p.name)));
    assert.equal(guest.role, 'utrikesminister');
    assert.equal(guest.country, 'Viet Nam');
    assert.ok(found.some((p) => p.name === 'Anna Exempel' && p.role === 'Utrikesminister'));
  });

  test('"den amerikanske udenrigsminister, John Sample" and "statsminister Mette Eksempel (S)" are both read', () => {
    const found = people([
      'Amerikansk besøg på Marienborg',
      'Den amerikanske udenrigsminister, John Sample, har onsdag holdt møde med statsminister Mette Eksempel (S) på Marienborg.',
    ]);
    const names = found.map((p) => p.name);
    assert.ok(names.includes('John Sample'), JSON.stringify(names));
    assert.ok(names.includes('Mette Eksempel'), JSON.stringify(names));
    assert.equal(found.find((p) => p.name === 'John Sample')?.country, 'United States');
  });

  test('"Kinas utenriksminister Li Eksempel møtte … ordfører Kari Prøve" reads the genitive country and the mayor', () => {
    const found = people([
      'Kinesisk minister i Bergen',
      'Kinas utenriksminister Li Eksempel møtte tirsdag ordfører Kari Prøve på rådhuset i Bergen, og de to snakket om havbruk.',
    ]);
    assert.equal(found.find((p) => p.name === 'Li Eksempel')?.country, 'China', JSON.stringify(found));
    assert.ok(found.some((p) => p.name === 'Kari Prøve' && p.role === 'ordfører'));
  });

  test('"ambassadøren for Moldova, Ion Eksempel og …": the envoy set off by a comma before "og" is read with his country', () => {
    const found = people([
      'Nye ambassadører hos dronningen',
      'Dronningen modtog på Fredensborg Slot ambassadøren for Moldova, Ion Eksempel og fru Ana Eksempel, samt ambassadøren for Cypern, Nikos Prøve.',
    ]);
    assert.equal(found.find((p) => p.name === 'Ion Eksempel')?.country, 'Moldova', JSON.stringify(found));
    assert.equal(found.find((p) => p.name === 'Nikos Prøve')?.country, 'Cyprus', JSON.stringify(found));
  });

  test('an English record keeps its own reading of "President" and "Minister"', () => {
    const found = people([
      'President receives envoy',
      'President John Sample received the Foreign Minister of Norway, Kari Prøve, at the State House on Monday.',
    ]);
    assert.equal(found.filter((p) => p.name === 'John Sample').length, 1, JSON.stringify(found));
  });
});
