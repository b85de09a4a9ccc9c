// A dean of the diplomatic corps reports courtesy calls, each caller written office and country first, the
// name after it in brackets behind "H.E.": "Ambassador of Latvia (H.E. Margers Krums)". The desk officer
// wants each caller with the country the office names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test('"Ambassador of X (H.E. Name)" in a list of callers: each named, with X as the country', () => {
  const text = [
    'Courtesy calls on the Dean of the Diplomatic Corps',
    '8th April 2022',
    'The High Commissioner received courtesy calls from ambassadors on Tuesday 5th April 2022.',
    'The callers included: Ambassador of Latvia (H.E. Anna Berzina); Ambassador of Romania (H.E. Radu Ionescu); and Ambassador of Belgium (H.E. Marc Peeters).',
  ].join('\n');
  const found = parseRecordText(text).participants;
  const get = (n: string) => found.find((p) => p.name === n);
  assert.equal(get('Anna Berzina')?.country, 'Latvia', JSON.stringify(found.map((p) => p.name)));
  assert.equal(get('Radu Ionescu')?.country, 'Romania');
  assert.equal(get('Marc Peeters')?.role, 'Ambassador');
});
