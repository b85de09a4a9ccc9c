// French town halls and universities receive visitors with their deputies, their head of services and
// their rector: "Mme A, adjointe aux jumelages", "B, directeur général des services", "le recteur M. C";
// "le ministre ivoirien du Commerce D" is Côte d'Ivoire's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test("a mayor's deputies, the head of services and a rector are participants", () => {
  const found = people([
    'Rencontre avec la ville jumelle',
    'Samedi, Claire Dupont, maire, Sophie Martin, adjointe aux jumelages, et Paul Durand, directeur général des services, ont reçu la délégation.',
    'L’ambassadeur a ensuite rencontré le recteur M. Karim Benali à l’université.',
    'De son côté, le ministre ivoirien du Commerce Jean Kouassi a reçu les visiteurs.',
  ]);
  const names = found.map((p) => p.name);
  for (const n of ['Sophie Martin', 'Paul Durand', 'Karim Benali', 'Jean Kouassi'])
    assert.ok(names.includes(n), `${n}: ${JSON.stringify(names)}`);
  // The nationality after the office is the country; the office is the minister's portfolio.
  const minister = found.find((p) => p.name === 'Jean Kouassi');
  assert.equal(minister?.country, "Côte d'Ivoire");
  assert.equal(minister?.role, 'ministre du Commerce');
});

test('an "adjoint" or a "directeur" with no name beside names nobody', () => {
  const found = people([
    'Réunion à la mairie',
    'Le maire Claire Dupont a reçu la délégation avec son adjoint et le directeur des services techniques.',
  ]);
  assert.deepEqual(
    found.map((p) => p.name),
    ['Claire Dupont'],
  );
});
