// Swedish, Danish and Norwegian write a university's head as any other title before the name:
// "prorektor Karin Ek tog emot en delegation", "rektor Lars Holm mødtes med ambassadøren".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('a Swedish vice-chancellor receiving a delegation is read after the title', () => {
  const found = people([
    'Besök från Brasilien',
    'Igår tog prorektor Karin Ek emot en delegation från ett universitet i São Paulo och de hade ett möte om utbyte.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Karin Ek' && p.role === 'prorektor'),
    JSON.stringify(found),
  );
});

test('a Danish rector meeting an ambassador is read after the title', () => {
  const found = people([
    'Ambassadør på besøg',
    'Rektor Lars Holm mødtes i dag med den japanske ambassadør for at drøfte et samarbejde.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Lars Holm'),
    JSON.stringify(found),
  );
});

test('the rector written without a name names no one', () => {
  const found = people([
    'Besök från Turkiet',
    'Rektorn träffade den turkiska ambassadören och de hade ett långt möte om utbyten.',
  ]);
  assert.ok(!found.some((p) => /^Rektor/u.test(p.name ?? '')), JSON.stringify(found));
});
