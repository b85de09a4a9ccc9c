// A Ukrainian release names the one met after "з" in the instrumental, with the office and the post before the
// name ("з Тимчасовим повіреним у справах США в Україні Джоном Зразком"), and heads of bodies by the body alone
// ("Голова Верховної Ради висловив…"). The desk wants the person under the dictionary form, the envoy's country
// read from "посол Польщі", and no body taken for a person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { genitiveCountry } from '../../electron/node/library/parse/participants/slavic.ts';
import { dictionaryForm } from '../../electron/node/library/parse/participants/slavic-dictionary.ts';

test("the chargé d'affaires after 'з Тимчасовим повіреним у справах США в Україні' is read, the body after 'Голова' is not", () => {
  const r = parseRecordText(
    [
      'Спікер зустрівся з Тимчасовим повіреним',
      'Голова Верховної Ради України Іван Зразок зустрівся з Тимчасовим повіреним у справах США в Україні Джоном Прикладом.',
      'Голова Верховної Ради висловив вдячність партнерам.',
    ].join('\n'),
  );
  const names = r.participants.map((p) => p.name);
  assert.ok(names.includes('Джон Приклад'), JSON.stringify(names));
  assert.ok(!names.includes('Верховної Ради'), JSON.stringify(names));
  assert.equal(r.participants.find((p) => p.name === 'Джон Приклад')?.country, 'United States');
});

test('Ukrainian states in the genitive or locative, and adjectival surnames in -ним', () => {
  assert.equal(genitiveCountry('Польщі'), 'Poland');
  assert.equal(genitiveCountry('Туреччині'), 'Turkey');
  assert.equal(dictionaryForm('Валерієм Залужним', true), 'Валерій Залужний');
  assert.equal(dictionaryForm('Ігорем Прикладним', true), 'Ігор Прикладний');
});
