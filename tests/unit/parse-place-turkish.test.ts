// Turkish marks where with case endings after an apostrophe: "Brüksel’de" (in Brussels), "Atina'ya
// gitti" (went to Athens), and "Cidde kentinde" (in the city of Jeddah). A desk officer filing a Turkish
// readout wants the city, without its ending; a country's abbreviation ("ABD'de") is not a city.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('where a Turkish readout says the meeting was', () => {
  test('"Brüksel’de … mevkidaşlarıyla görüştü" gives Brüksel', () => {
    assert.equal(place('Bakan Brüksel’de katıldığı NATO toplantısında Vietnamlı mevkidaşıyla görüştü.'), 'Brüksel');
  });

  test('"Cidde kentinde … bir araya geldi" gives Cidde', () => {
    assert.equal(
      place('Dışişleri Bakanı, Suudi Arabistan’ın Cidde kentinde Vietnam Dışişleri Bakanı ile bir araya geldi.'),
      'Cidde',
    );
  });

  test('"Atina\'ya gitti … görüştü" gives Atina', () => {
    assert.equal(place("Bakan resmi ziyarette bulunmak üzere Atina'ya gitti. Önce Başbakan ile görüştü."), 'Atina');
  });

  test('a Turkish paragraph with no meeting, or only "ABD\'de", gives no place', () => {
    assert.equal(place('Bakan Brüksel’de yaşayan Türklerle ilgili açıklama yaptı.'), null);
    assert.equal(place("ABD'de yeni yönetimle ilk temas kurulacak."), null);
  });
});
