// A Turkish readout names the building the meeting was held in with its last word in the possessive
// and a locative after the apostrophe: "Cumhurbaşkanlığı Külliyesi'nde", "Dışişleri Resmi Konutu'nda",
// "Valilik Binası’nda". A desk officer wants that building, as written, without its ending.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('the building a Turkish readout says the meeting was held in', () => {
  test('"… Külliyesi\'nde … kabul etti" gives the palace, not a city named further down', () => {
    assert.equal(
      place(
        "Cumhurbaşkanı, Cumhurbaşkanlığı Külliyesi'nde Vietnam Büyükelçisini kabul etti.\n\nGörüşme Ankara'da yarım saat sürdü.",
      ),
      'Cumhurbaşkanlığı Külliyesi',
    );
  });

  test('"Dışişleri Resmi Konutu\'nda … görüşmede bulundu" gives the residence', () => {
    assert.equal(
      place("Dışişleri Bakanı, Dışişleri Resmi Konutu'nda, Vietnamlı mevkidaşı ile heyetler arası görüşmede bulundu."),
      'Dışişleri Resmi Konutu',
    );
  });

  test('a plural subject before the building is not part of its name ("Kabuller … Külliyesi’nde gerçekleşti")', () => {
    assert.equal(
      place('Cumhurbaşkanı, büyükelçileri ayrı ayrı kabul etti. Kabuller Cumhurbaşkanlığı Külliyesi’nde gerçekleşti.'),
      'Cumhurbaşkanlığı Külliyesi',
    );
  });

  test('a building named in a paragraph with no meeting gives no place', () => {
    assert.equal(place("Bakanlık, Valilik Binası'nda yeni bir sergi açtı."), null);
  });
});
