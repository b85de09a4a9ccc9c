// Guinea-Bissau is written with a space as often as with the hyphen ("Guinea Bissau Minister of
// Foreign Affairs", "Bissau Guinea", "Guinée Bissau"): its second word is the country, never a person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { normalizeCountry } from '../../electron/shared/countries.ts';

test("'Guinea Bissau Minister of Foreign Affairs' in a list of callers is no person named Bissau", () => {
  const text = [
    'Foreign Minister receives calls',
    'Foreign Minister Awa Touré held phone talks on Monday with the Nigerian Foreign Minister, Senegalese Foreign Minister, Guinea Bissau Minister of Foreign Affairs, and Norwegian Foreign Minister Ola Berg.',
  ].join('\n');
  const names = parseRecordText(text).participants.map((p) => p.name);
  assert.ok(!names.includes('Bissau'), JSON.stringify(names));
});

test("the envoy of 'Guinée Bissau' speaks for Guinea-Bissau", () => {
  for (const written of ['Guinea Bissau', 'Guinée Bissau', 'Guiné-Bissau', 'Bissau Guinea'])
    assert.equal(normalizeCountry(written), 'Guinea-Bissau', written);
});
