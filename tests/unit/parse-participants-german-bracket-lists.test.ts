// German press lists who else was there with a party, a subject or an office in brackets after each
// name: "im Beisein von Professor A B (Sinologie), C D (Leiterin Auslandsamt) sowie Prof. E F (BWL)".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('everyone in a bracketed list closed by "und" or "sowie" took part', () => {
  const found = people([
    'Besuch aus China',
    'Der Präsident empfing die Gäste im Beisein von Professor Karl Beispiel (Sinologie), Anna Muster (Leiterin Auslandsamt) sowie Prof. Dr. Otto Probe (BWL).',
    'Danach folgte die Begrüßung durch Vizepräsident Paul Test (CSU), Eva Prüfer (SPD) und Jan Freiherr von Muster (FREIE WÄHLER).',
  ]);
  const byName = new Map(found.map((p) => [p.name, p.role]));
  for (const n of ['Karl Beispiel', 'Anna Muster', 'Otto Probe', 'Eva Prüfer', 'Jan Freiherr von Muster'])
    assert.ok(byName.has(n), `${n}: ${JSON.stringify([...byName.keys()])}`);
  // An office in the brackets is the role; a party or a subject is not.
  assert.equal(byName.get('Anna Muster'), 'Leiterin Auslandsamt');
  assert.equal(byName.get('Eva Prüfer'), null);
});

test('a roster written with commas alone, or two names in brackets, is no list of those present', () => {
  const found = people([
    'Treffen im Rathaus',
    'Bürgermeister Max Beispiel traf am Montag die Gäste. Im Kader stehen Jonas Muster (Bremen), Lukas Probe (Mainz), Felix Test (Kiel), Paul Prüfer (Essen).',
    'Erwähnt wurden auch Karl Alt (SPD) und Otto Neu (CDU).',
  ]);
  assert.deepEqual(
    found.map((p) => p.name),
    ['Max Beispiel'],
  );
});
