// "Asia" in "the India-Central Asia Dialogue" or "a peaceful Asia" is a continent, whatever reading
// took it for a given name (a name the people directory once learnt, a capitalised word beside a
// verb): no one the desk officer can call. A person whose name merely holds the word is kept.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { notAPerson } from '../../electron/node/library/parse/participants/not-names.ts';

const text =
  'Foreign Minister Rahul Mehta met his Uzbek counterpart Timur Karimov in Samarkand on Monday.\n\nThe two ministers discussed the India-Central Asia Dialogue, and Mehta stressed that a stable Asia and a strong Europe need each other.';

describe('a continent alone is no participant', () => {
  test('"Asia", "Europe", "Afrique", "Европа" alone are left out', () => {
    for (const name of ['Asia', 'Europe', 'Afrique', 'Европа']) assert.equal(notAPerson(name, text), true, name);
  });

  test('a person whose name holds the word, and the people who met, are kept', () => {
    for (const name of ['Asia Khan', 'Timur Karimov', 'Rahul Mehta']) assert.equal(notAPerson(name, text), false, name);
  });
});
