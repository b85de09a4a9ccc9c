// Consuls call on mayors, prefects and governors as ambassadors call on ministers, and the Romance
// languages write the office before the name: "il Console Felipe A", "le consul général du Maroc Ali
// A", "al cónsul de Chile Juan A", "o cônsul-geral … A"; an Italian prefect receives with the
// "Questore" beside her. A console for games, lower case and nobody's title before a name, is not read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants.map((p) => `${p.name}|${p.role ?? '—'}`);

test('Italian: "il Prefetto A, unitamente al Questore B, ha ricevuto … e il Console C"', () => {
  const got = people(
    'Il Prefetto riceve l’Ambasciatore\n\nNella mattinata di oggi il Prefetto Chiara Esempio, unitamente al Questore Emanuele Prova, ha ricevuto l’Ambasciatore del Messico Carlos Modello e il Console Felipe Campione.',
  );
  assert.ok(got.includes('Emanuele Prova|Questore'), got.join(' / '));
  assert.ok(got.includes('Felipe Campione|Console'), got.join(' / '));
});

test('French and Spanish: "le consul général du Maroc A", "al cónsul de Chile A"', () => {
  const french = people(
    "Le maire reçoit le consul\n\nLe maire Jean Exemple a reçu mardi le consul général du Maroc Ali Modèle à l'hôtel de ville.",
  );
  assert.ok(french.includes('Ali Modèle|consul général'), french.join(' / '));
  const spanish = people(
    'El alcalde recibe al cónsul\n\nEl alcalde Pedro Ejemplo recibió este martes al cónsul de Chile Juan Muestra en el Ayuntamiento.',
  );
  assert.ok(spanish.includes('Juan Muestra|cónsul'), spanish.join(' / '));
});

test('a games console before a capitalised word names nobody', () => {
  const got = people(
    'Il sindaco incontra gli studenti\n\nIl sindaco Luca Esempio ha incontrato gli studenti, che hanno mostrato la console Nintendo Switch usata nel progetto.',
  );
  assert.ok(!got.some((p) => p.startsWith('Nintendo')), got.join(' / '));
});
