// Spanish, French and Portuguese wires name two ministers under one plural office described at
// length ("los ministros de relaciones exteriores de Chile y Perú, Ana Soto y Luis Vega"), or each
// with the country after the name ("los cancilleres Ana Soto por Chile, y Luis Vega por Perú"). Both
// are participants; the countries go to them in order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) =>
  parseRecordText(lines.join('\n')).participants.map((p) => ({ name: p.name, role: p.role, country: p.country }));

test('a plural office with a lower-case portfolio and two countries, then the two holders', () => {
  const found = people([
    'Reunión en Lima',
    'Los ministros de relaciones exteriores de Chile y Perú, Ana Soto y Luis Vega, se reunieron este martes en Lima.',
  ]);
  assert.deepEqual(
    found.filter((p) => p.name === 'Ana Soto' || p.name === 'Luis Vega'),
    [
      { name: 'Ana Soto', role: 'ministro', country: 'Chile' },
      { name: 'Luis Vega', role: 'ministro', country: 'Peru' },
    ],
  );
});

test('each holder followed by the country they speak for, and two counterparts each with a nationality', () => {
  const ministers = people([
    'Cumbre',
    'En la reunión estuvieron presentes los cancilleres Ana Soto por Chile, y Luis Vega por Perú, entre otros funcionarios.',
  ]);
  assert.ok(
    ministers.some((p) => p.name === 'Ana Soto' && p.country === 'Chile'),
    JSON.stringify(ministers),
  );
  assert.ok(
    ministers.some((p) => p.name === 'Luis Vega' && p.country === 'Peru'),
    JSON.stringify(ministers),
  );
  const counterparts = people([
    'Entretiens à Genève',
    'Le ministre a rencontré à Genève ses homologues japonais Kenji Sato, et allemand Klaus Weber.',
  ]);
  assert.ok(
    counterparts.some((p) => p.name === 'Kenji Sato' && p.country === 'Japan'),
    JSON.stringify(counterparts),
  );
  assert.ok(
    counterparts.some((p) => p.name === 'Klaus Weber' && p.country === 'Germany'),
    JSON.stringify(counterparts),
  );
});

test('a plural office followed by one name only, or by words that are no office, names nobody by it', () => {
  const found = people(['Reunión', 'Los ministros de la región se reunieron con Ana Soto en Lima.']);
  assert.ok(!found.some((p) => p.role === 'ministro'), JSON.stringify(found));
});
