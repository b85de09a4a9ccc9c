// One German plural office for several holders: "die Vizepräsidenten A B, C D und Dr. E F". With "die"
// the form is the plural; "die Präsidentin A B" is one woman, and the next name is not hers to share.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('each holder named after a plural office gets it in the singular', () => {
  const found = people([
    'Landtagspräsidium in München',
    'Im Mittelpunkt der Reise standen für Landtagspräsidentin Anna Beispiel sowie die Vizepräsidenten Karl Muster, Otto Probe und Dr. Paul Test Gespräche im Landtag.',
  ]);
  for (const n of ['Karl Muster', 'Otto Probe', 'Paul Test'])
    assert.ok(
      found.some((p) => p.name === n && p.role === 'Vizepräsident'),
      `${n}: ${JSON.stringify(found.map((p) => [p.name, p.role]))}`,
    );
});

test('a singular office with "die" does not pass to the next name', () => {
  const found = people(['Treffen im Rathaus', 'Am Montag trafen sich die Präsidentin Anna Beispiel und Karl Muster im Rathaus.']);
  assert.ok(!found.some((p) => p.name === 'Karl Muster' && p.role !== null), JSON.stringify(found));
});
