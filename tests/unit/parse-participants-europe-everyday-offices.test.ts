// A desk officer reads the everyday offices and verbs of Europe's local and national records: a Polish commune's
// "wójt", a city's "prezydent miasta", a Czech "rektor", a German "Erster Stadtrat" and a chancellor "a. D.", a
// Spanish rector called "doctora", a French mayor who "a accueilli" his guest, and the Romanian offices that carry
// their article at the end ("primarul", "ambasadorul Greciei"). A probe table of made-up sentences, one row per form.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

/** [what the record says, the people it names]. */
const TABLE: [string, string[]][] = [
  // Polish: a commune's, a county's and a city's heads, before or after the verb.
  ['Delegację przyjął prezydent miasta Jan Kowalski w ratuszu.', ['Jan Kowalski']],
  ['Wójt Marek Nowak spotkał się z delegacją z Ukrainy w urzędzie gminy.', ['Marek Nowak']],
  ['– Cieszymy się z tej wizyty – mówił wójt Piotr Lis, który przyjął gości z Litwy.', ['Piotr Lis']],
  ['Starosta powiatu Adam Wrona przyjął delegację z Niemiec.', ['Adam Wrona']],
  ['Rektor Ewa Sowa spotkała się z ambasadorem Japonii w Krakowie.', ['Ewa Sowa']],
  // Czech: a university's head and a town office's chief.
  ['Rektorka Hana Dvořáková přijala velvyslance Francie na univerzitě.', ['Hana Dvořáková']],
  // German: the mayor's deputy, a former chancellor.
  [
    'Die Delegation wurde von Oberbürgermeisterin Katrin Vogel und Stadtrat Jens Albrecht im Rathaus empfangen.',
    ['Katrin Vogel', 'Jens Albrecht'],
  ],
  ['Bundeskanzler a.D. Dr. Otto Schreiber traf sich am Montag mit dem Botschafter Japans.', ['Otto Schreiber']],
  // Spanish and Portuguese: a doctor's title spelled out between the office and the name.
  [
    'La rectora de la universidad, doctora Elena Castro Ruiz, recibió este miércoles al embajador de Italia, Marco Bellini.',
    ['Elena Castro Ruiz', 'Marco Bellini'],
  ],
  ['O reitor, doutor Paulo Araújo, recebeu o embaixador do Japão, Kenji Sato, na universidade.', ['Paulo Araújo', 'Kenji Sato']],
  // French: a guest welcomed in the active voice.
  ["Le maire Jean Martin a accueilli l'ambassadeur d'Italie, Paolo Verdi, à l'hôtel de ville.", ['Jean Martin', 'Paolo Verdi']],
  ['Le maire Luc Morel a accueilli Mme Claire Dubois, consule générale de Belgique.', ['Luc Morel', 'Claire Dubois']],
  // Romanian: the office with its article glued on, the country in the genitive.
  ['Primarul Ion Popescu a avut o întâlnire cu ambasadorul Greciei, Nikos Papas.', ['Ion Popescu', 'Nikos Papas']],
  [
    'Primarul general Ion Popescu l-a primit pe ambasadorul Letoniei, Janis Berzins, la primărie.',
    ['Ion Popescu', 'Janis Berzins'],
  ],
  ['Prefectul județului, Ana Munteanu, l-a primit pe consulul general al Poloniei, Marek Lis.', ['Ana Munteanu', 'Marek Lis']],
  [
    'Ministrul afacerilor externe al României Mihai Dobre a avut o convorbire telefonică cu omologul său, Jan Weber.',
    ['Mihai Dobre', 'Jan Weber'],
  ],
  // Already read before: kept so that the table covers six languages' plain forms.
  ['El gobernador recibió al embajador de Estados Unidos en Argentina, Mark Allen.', ['Mark Allen']],
  ["Il sindaco Marco Rossi ha ricevuto in Municipio l'ambasciatore del Messico, Carlos Ruiz.", ['Marco Rossi', 'Carlos Ruiz']],
  ['Utrikesminister Anna Berg tog emot ambassadören Kenji Sato i Stockholm.', ['Anna Berg', 'Kenji Sato']],
  ['Burgemeester Jan Kok ontving de ambassadeur van Japan, Kenji Sato, op het stadhuis.', ['Jan Kok', 'Kenji Sato']],
];

describe('the everyday offices and meeting verbs of European records', () => {
  for (const [text, expected] of TABLE) {
    test(`"${text.slice(0, 70)}…" names ${expected.join(', ')}`, () => {
      const got = names(text);
      for (const name of expected) assert.ok(got.includes(name), `${name} not in ${JSON.stringify(got)}`);
    });
  }

  test('a German town council, a Romanian body or a French decision welcomed names no one', () => {
    assert.deepEqual(names('Der Stadtrat Paderborn hat am Montag den Haushalt beschlossen.'), []);
    assert.deepEqual(names('Primarul general al Capitalei a fost vizitat de ambasadorul Rusiei.'), []);
    assert.deepEqual(names('Le maire a accueilli la proposition avec satisfaction.'), []);
    assert.deepEqual(names('La rectora recibió el título de doctora Honoris Causa.'), []);
  });

  test('a former office keeps its mark in the role: "Bundeskanzler a.D."', () => {
    const got = people('Bundeskanzler a.D. Dr. Otto Schreiber traf sich am Montag mit dem Botschafter Japans.');
    assert.equal(got.find((p) => p.name === 'Otto Schreiber')?.role, 'Bundeskanzler a.D.');
  });
});
