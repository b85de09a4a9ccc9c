// A desk officer imports an Indonesian report of a consulate's delegation "dipimpin oleh Kepala Bidang
// Politik dan Ekonomi A, Spesialis Politik dan Ekonomi B, dan Asisten Politik dan Ekonomi C": "Spesialis"
// (specialist) is an office like "Kepala" and "Asisten", so each of the three is listed under the office
// before the name, and the office's words are nobody's name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test('an Indonesian delegation list with a "Spesialis" lists the specialist under the office, not the office as a person', () => {
  const people = parseRecordText(
    [
      'Bupati Sukamaju Terima Rombongan Konsulat Norland',
      'Bupati Sukamaju Budi Hartono menerima kunjungan rombongan Konsulat Norland, Senin (4/3). Rombongan dipimpin oleh Kepala Bidang Politik dan Ekonomi Anna Berg, Spesialis Politik dan Ekonomi Tom Reed, dan Asisten Politik dan Ekonomi Ben Cole.',
    ].join('\n\n'),
  ).participants;
  const names = people.map((p) => p.name);
  assert.ok(!names.some((n) => n?.startsWith('Spesialis')), names.join(', '));
  assert.equal(people.find((p) => p.name === 'Tom Reed')?.role, 'Spesialis Politik dan Ekonomi');
  assert.ok(names.includes('Anna Berg'), names.join(', '));
  assert.ok(names.includes('Ben Cole'), names.join(', '));
});
