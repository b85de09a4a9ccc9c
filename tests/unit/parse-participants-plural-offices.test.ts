// A record often names the envoys or ministers received only by one plural office and a list of
// countries ("received the ambassadors of Chile, Kenya and Norway"): the desk officer sees one
// participant per country, known by office and country, with no invented name. An office said in
// passing, or a list whose holders the record names, adds nobody.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const unnamed = (text: string) =>
  people(text)
    .filter((p) => p.name === null)
    .map((p) => p.country)
    .sort();

describe('participants known only by a plural office and their countries', () => {
  test('"received the ambassadors of Chile, Kenya and Norway": one nameless ambassador per country', () => {
    const found = people(
      'President Anna Berg received the ambassadors of Chile, Kenya and Norway at the palace on Monday, where they presented their letters of credence.',
    );
    const envoys = found.filter((p) => p.name === null);
    assert.deepEqual(envoys.map((p) => p.country).sort(), ['Chile', 'Kenya', 'Norway'], JSON.stringify(found));
    assert.ok(envoys.every((p) => p.role === 'ambassador'));
  });

  test('Portuguese: "as credenciais dos embaixadores dos seguintes países: Angola, Peru e Suécia"', () => {
    assert.deepEqual(
      unnamed(
        'O presidente Carlos Moura recebeu nesta terça-feira, no Palácio, as credenciais dos embaixadores dos seguintes países: Angola, Peru e Suécia.',
      ),
      ['Angola', 'Peru', 'Sweden'],
    );
  });

  test('French: "a reçu en audience les ambassadeurs de la Chine, du Maroc et de l’Argentine"', () => {
    assert.deepEqual(
      unnamed(
        'Le Premier ministre Paul Durand a reçu en audience les ambassadeurs de la Chine, du Maroc et de l’Argentine, mardi.',
      ),
      ['Argentina', 'China', 'Morocco'],
    );
  });

  test('German: "hat die Botschafter der Mongolei, der Türkei und Chiles empfangen": three envoys', () => {
    assert.deepEqual(
      unnamed('Bundespräsident Jens Keller hat am Dienstag die Botschafter der Mongolei, der Türkei und Chiles empfangen.')
        .length,
      3,
    );
  });

  test('a list whose holders are named right after ("respectively Mr A and Mr B") is left to the names', () => {
    const found = people(
      'Le ministre Paul Durand s’est entretenu mardi avec les ambassadeurs de France et du Japon, respectivement MM. Louis Martin et Kenji Sato.',
    );
    assert.deepEqual(
      found.filter((p) => p.name === null).map((p) => p.country),
      [],
      JSON.stringify(found),
    );
  });

  test('envoys of several countries in general, outside any meeting sentence, are nobody', () => {
    assert.deepEqual(
      unnamed(
        'President Anna Berg met Prime Minister Omar Said on Monday. The ambassadors of Chile, Kenya and Norway have long argued for a new treaty.',
      ),
      [],
    );
  });

  test('an earlier audience ("After the ambassadors of Chile and Peru, received last week, …") adds nobody', () => {
    assert.deepEqual(
      unnamed(
        'Après les ambassadeurs du Chili et du Pérou reçus la semaine dernière, le président Paul Durand a reçu hier l’ambassadeur Jean Morel.',
      ),
      [],
    );
  });

  test('Russian and Ukrainian: "встретился с послами Канады, Швеции и Японии" names the countries in the genitive', () => {
    assert.deepEqual(unnamed('Губернатор Иван Петров встретился в среду с послами Канады, Швеции и Японии.'), [
      'Canada',
      'Japan',
      'Sweden',
    ]);
    assert.deepEqual(
      unnamed('Президент Олег Коваль прийняв вірчі грамоти й поспілкувався з послами Чехії, Норвегії та Польщі.'),
      ['Czech Republic', 'Norway', 'Poland'],
    );
  });

  test('Spanish "los primeros ministros tanto de Irlanda como de Noruega", German "aus den Niederlanden"', () => {
    assert.deepEqual(
      unnamed('El canciller Luis Ramos se reunió el domingo con los primeros ministros tanto de Irlanda como de Noruega.'),
      ['Ireland', 'Norway'],
    );
    assert.deepEqual(
      unnamed(
        'Bundespräsident Jens Keller hat am Dienstag die Botschafter aus den Niederlanden, aus Chile und aus Kenia empfangen.',
      ),
      ['Chile', 'Kenya', 'Netherlands'],
    );
  });
});
