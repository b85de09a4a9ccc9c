// German names a state formally after an envoy's office, in the genitive: "Botschafter der Republik
// Schweden", "Honorarkonsul des Haschemitischen Königreichs Jordanien", "Generalkonsul der Vereinigten
// Staaten von Amerika". The envoy is that state's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;
const countryOf = (found: { name: string | null; country: string | null }[], name: string) =>
  found.find((p) => p.name === name)?.country;

test("an envoy of a state named formally is that state's", () => {
  const found = people([
    'Antrittsbesuch im Rathaus',
    'Oberbürgermeister Karl Muster empfing am Montag den Botschafter der Republik Schweden, Lars Beispiel, und den Generalkonsul der Vereinigten Staaten von Amerika, John Probe.',
    'Die Gäste wurden begleitet vom Honorarkonsul des Haschemitischen Königreichs Jordanien Otto Test.',
    'Zu den Gästen gehörte auch Eva Muster, Generalkonsulin der Republik Polen, die der Oberbürgermeister ebenfalls begrüßte.',
  ]);
  assert.equal(countryOf(found, 'Eva Muster'), 'Poland');
  const greek = people([
    'Beglaubigung',
    'Botschafter Karl Muster überreichte der Präsidentin der Hellenischen Republik, Eleni Beispiel, sein Beglaubigungsschreiben.',
  ]);
  assert.equal(countryOf(greek, 'Eleni Beispiel'), 'Greece');
  assert.equal(countryOf(found, 'Lars Beispiel'), 'Sweden');
  assert.equal(countryOf(found, 'John Probe'), 'United States');
  assert.equal(countryOf(found, 'Otto Test'), 'Jordan');
});

test('a republic with no state named after it gives no country', () => {
  const found = people(['Empfang', 'Am Montag empfing der Präsident der Republik Anna Beispiel im Schloss.']);
  assert.ok(!found.some((p) => p.country !== null), JSON.stringify(found));
});
