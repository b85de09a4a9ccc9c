// Government pages write courtesy titles with a full stop in their headlines ("Hon. Prime Minister's
// Message", "… on the Hon. Foreign Minister's visit"). That stop ends no sentence: the desk officer
// should get the whole headline, not "Hon" or the first line of the text.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;
const lead =
  'The Foreign Minister held a virtual meeting with the heads of missions in twelve capitals on Monday. He asked them to seek support for the recovery.';

describe("a courtesy title's full stop inside a headline", () => {
  test('"Hon." opening the headline', () => {
    assert.equal(
      title(`Hon. Prime Minister's Independence Day Message 2021\n\n${lead}`),
      "Hon. Prime Minister's Independence Day Message 2021",
    );
  });

  test('"Hon." inside a long release headline above a label', () => {
    const text = `Press Release on the Hon. Foreign Minister's meeting with heads of missions\n\nPress Release\n\n${lead}`;
    assert.equal(title(text), "Press Release on the Hon. Foreign Minister's meeting with heads of missions");
  });

  test('a Spanish "Mtro." (maestro) before the mayor\'s name, under a place kicker', () => {
    const text = `TOLUCA\n\nParticipa el Alcalde Mtro. Juan Pérez en reunión con embajadores de la UE\n\nToluca, México.- El Alcalde, Mtro. Juan Pérez, se reunió este jueves con los embajadores de la Unión Europea.`;
    assert.equal(title(text), 'Participa el Alcalde Mtro. Juan Pérez en reunión con embajadores de la UE');
  });

  test('a line with a real sentence inside is still no headline', () => {
    const text = `Statements\n\nMinisters met today. They agreed on trade and investment\n\n${lead}`;
    assert.notEqual(title(text), 'Ministers met today. They agreed on trade and investment');
  });
});
