// Italian names the venue with an articled preposition ("ricevuto alla Farnesina", "colloquio al
// Quirinale", "ha ricevuto a Palazzo Margherita"); a section's label glued to a date line
// ("Política25/05/2016") is no place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('Italian venues', () => {
  test('"è stato ricevuto oggi alla Farnesina" and "colloquio … al Quirinale" name the venue', () => {
    const farnesina = [
      'Roma, 5 marzo 2024',
      "Il ministro degli Esteri del Cile, Pedro Ejemplo, è stato ricevuto oggi alla Farnesina dall'omologo. Il colloquio è stato cordiale.",
    ].join('\n\n');
    assert.equal(parseRecordText(farnesina).place, 'Farnesina');
    const quirinale = [
      'Esempio al Colle',
      'Lungo colloquio fra il premier Anna Esempio e il Presidente della Repubblica Marco Modello stamane al Quirinale. I due hanno discusso dei temi di attualità.',
    ].join('\n\n');
    assert.equal(parseRecordText(quirinale).place, 'Quirinale');
  });

  test('"il sindaco ha ricevuto oggi a Palazzo Margherita l\'ambasciatore" is at Palazzo Margherita, not in the envoy\'s post', () => {
    const text =
      "Il sindaco Pietro Esempio ha ricevuto oggi a Palazzo Margherita l'ambasciatore d'Italia in Kenya Paolo Modello, in visita istituzionale nella città.";
    assert.equal(parseRecordText(text).place, 'Palazzo Margherita');
  });

  test('a section label glued to the date ("Política25/05/2016") is not read as the place', () => {
    const text = [
      'Política25/05/2016',
      "El president rep a Palau l'ambaixador de Xile",
      "El president de la Generalitat, Joan Exemple, ha rebut aquest dimecres l'ambaixador de Xile, Pere Model.",
    ].join('\n\n');
    assert.notEqual(parseRecordText(text).place, 'Política');
  });
});
