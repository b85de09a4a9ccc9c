// Indonesian credentials and consular news write where a non-resident envoy or a consul general is
// posted between the country and the name: "Duta Besar Lithuania untuk Indonesia berkedudukan di
// Singapura Darius Gaidys", "Konsul Jenderal RRT di Denpasar Zhang Zhisheng". The posting is
// skipped to the name; the city is never read as part of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('a non-resident ambassador is named after the city the embassy sits in', () => {
  const found = people([
    'Presiden terima surat kepercayaan',
    'Presiden menerima surat kepercayaan dari Duta Besar Estonia untuk Indonesia berkedudukan di Singapura Karl Tamm.',
    'Berikutnya Duta Besar Nepal untuk Indonesia berkedudukan di Kuala Lumpur, Malaysia Ram Prasad Sharma.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Karl Tamm' && p.country === 'Estonia'),
    JSON.stringify(found),
  );
  assert.ok(
    found.some((p) => p.name === 'Ram Prasad Sharma' && p.country === 'Nepal'),
    JSON.stringify(found),
  );
  assert.ok(!found.some((p) => p.name?.includes('Singapura') || p.name?.includes('Lumpur')), JSON.stringify(found));
});

test("a consul general is named after the city of the consulate, China's short form RRT included", () => {
  const found = people([
    'Gubernur terima Konjen',
    'Gubernur NTB menerima audiensi Konsul Jenderal RRT di Denpasar Li Wei di kantor gubernur, Rabu.',
    'Gubernur juga bertemu Konsul Jenderal Australia di Makassar Sarah Brown.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Li Wei' && p.country === 'China'),
    JSON.stringify(found),
  );
  assert.ok(
    found.some((p) => p.name === 'Sarah Brown' && p.role === 'Konsul Jenderal'),
    JSON.stringify(found),
  );
  assert.ok(!found.some((p) => p.name === 'RRT' || p.name?.startsWith('Denpasar')), JSON.stringify(found));
});
