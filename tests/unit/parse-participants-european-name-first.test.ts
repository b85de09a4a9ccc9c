// French, Spanish and Portuguese releases often name the principal first and the office after a
// comma ("Catherine Colonna, ministre de …, s'est entretenue …"), and Spanish ministries list their
// portfolios with commas ("ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel
// Albares"). The desk officer sees both principals, each with the office the record gives.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) =>
  parseRecordText(lines.join('\n\n')).participants.map((p) => `${p.name}|${p.role ?? '—'}|${p.country ?? '—'}`);

test('"Catherine Colonna, ministre de l\'Europe et des affaires étrangères, s\'est entretenue avec …": the minister is in the room', () => {
  const found = people([
    'Entretien avec le ministre vietnamien',
    "Paris, le 15 janvier 2024 – Catherine Colonna, ministre de l'Europe et des affaires étrangères, s'est entretenue avec M. Bui Thanh Son, ministre des affaires étrangères du Vietnam.",
  ]);
  assert.ok(found.includes("Catherine Colonna|ministre de l'Europe et des affaires étrangères|—"), found.join(' / '));
  assert.ok(
    found.some((p) => p.startsWith('Bui Thanh Son|') && p.endsWith('|Viet Nam')),
    found.join(' / '),
  );
});

test('"X, die Präsidentin der … und deren Generalsekretär, Y": each keeps their own office', () => {
  const found = people([
    'Treffen mit der Kirchenleitung',
    'Der Bundesrat traf am Montag in Bern die Vertreter der Kirche: Anna Muster, die Präsidentin der Kantonalen Konferenz und deren Generalsekretär, Paul Beispiel, sprachen mit dem Bundesrat.',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('Anna Muster|')),
    found.join(' / '),
  );
  assert.ok(
    found.some((p) => p.startsWith('Paul Beispiel|')),
    found.join(' / '),
  );
});

test('"El ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares, se ha reunido …": the portfolio list is the office', () => {
  const found = people([
    'El ministro se reúne con su homólogo vietnamita',
    'El ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares, se ha reunido hoy en Madrid con el ministro de Asuntos Exteriores de Vietnam, Bui Thanh Son.',
  ]);
  assert.ok(
    found.includes('José Manuel Albares|ministro de Asuntos Exteriores, Unión Europea y Cooperación|—'),
    found.join(' / '),
  );
});

test('a palace before an office is no person: "no Salão Leste do Palácio do Planalto, o presidente recebe …"', () => {
  const found = people([
    'Presidente recebe credenciais',
    'No evento desta quarta-feira, que acontece no Salão Leste do Palácio do Planalto, o presidente recebe cartas credenciais dos embaixadores da Suíça e da Grécia.',
  ]);
  assert.ok(!found.some((p) => p.includes('Palácio')), found.join(' / '));
});
