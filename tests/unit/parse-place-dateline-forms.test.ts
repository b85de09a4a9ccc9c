// Regional papers open with the city the story was filed from in their own ways: a Mexican
// "Toluca, Estado de México, 9 de enero de 2020. El …", a German "Saarbrücken · Im Rahmen …" or
// "BONN. (red) Bei …", an Indonesian "Kota Bima, Kabarbima.- …", an Indian "Jalandhar 23 June (Staff)- …".
// When the text reports a meeting and names no place of its own, a desk officer takes that city.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('a dateline in a regional paper’s own form', () => {
  test('a Spanish date after the city and its state', () => {
    assert.equal(
      place(
        'Puebla, Estado de Puebla, 4 de marzo de 2021. El alcalde se reunió con la cónsul de Francia para hablar de turismo.',
      ),
      'Puebla',
    );
    assert.equal(
      place('Ciudad de México, 13 de noviembre. – El secretario sostuvo una reunión con el embajador de Chile.'),
      'Ciudad de México',
    );
  });

  test('a German city and a middle dot, or in capitals with a full stop and the editor’s tag', () => {
    assert.equal(
      place('Mainz · Die Oberbürgermeisterin hat am Montag eine Delegation aus Dijon empfangen und begrüßt.'),
      'Mainz',
    );
    assert.equal(place('BONN. (red) Bei einem Treffen mit dem Botschafter wurde über den Austausch gesprochen.'), 'Bonn');
  });

  test('an Indonesian city and its outlet, an Indian city and date without a comma', () => {
    assert.equal(
      place('Kota Bima, Kabarbima.- Wali Kota menerima kunjungan Konsul Jenderal Jepang di ruang kerjanya.'),
      'Kota Bima',
    );
    assert.equal(
      place('Jalandhar 23 June (Staff)- The university signed a memorandum with a visiting delegation from Kenya.'),
      'Jalandhar',
    );
  });

  test('the same dateline over a text with no meeting is no meeting place', () => {
    assert.equal(place('Mainz · Die Stadt hat neue Laternen in der Altstadt aufgestellt, teilte die Verwaltung mit.'), null);
  });

  test('a place the text names for the meeting outranks the dateline', () => {
    assert.equal(
      place('Puebla, 4 de marzo de 2021. El alcalde se reunió en Cholula con la cónsul de Francia para hablar de turismo.'),
      'Cholula',
    );
  });
});

describe('what opens a paragraph like a dateline and is not one', () => {
  test('a byline before a dash, or a title’s abbreviation in capitals, is no city', () => {
    assert.equal(place('By Jane Doe – The High Commissioner received the visiting ministers at a reception.'), null);
    assert.equal(place('TSKH. Nguyen Van A met the visiting delegation and held talks on research.'), null);
  });
});
