// Where an office read beside a name ends: a noun after an article is part of it ("doyen de la faculté"),
// and an office after the verb of the sentence is another person's ("the Governor met the rector of …").

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const roleOf = (text: string, name: string): string | null | undefined =>
  parseRecordText(text).participants.find((p) => p.name === name)?.role;

test('a French dean "doyen de la faculté de droit" keeps his whole office: "faculté" after "la" is a noun, not a participle', () => {
  const text =
    'Visite\n\nLe 3 mai 2021, le préfet a reçu Paul Mercier, doyen de la faculté de droit, à la préfecture pour parler des stages.';
  assert.equal(roleOf(text, 'Paul Mercier'), 'doyen de la faculté de droit');
});

test('"the Governor met the rector of Hillside School, Mary Jones": her office is the rector\'s, not "Governor met the rector…"', () => {
  const text = 'Visit\n\nOn 3 May 2021, the Governor met the rector of Hillside School, Mary Jones, at the Government House.';
  assert.equal(roleOf(text, 'Mary Jones'), 'rector of Hillside School');
});
