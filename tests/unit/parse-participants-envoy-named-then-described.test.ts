// A credentials story lists the envoys name first, then a description the name-then-title rule did not take:
// "H.E. Mr. Kenji Mori, non-resident ambassador of Japan;", "Amara Diallo, Guinean Ambassador to Ghana.",
// "Mrs. Rita Osei (left), outgoing Ghanaian High Commissioner to Kenya". The desk officer wants each envoy.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { envoyAfterMentions } from '../../electron/node/library/parse/participants/envoy-after.ts';

const all = (): boolean => true;
const read = (text: string): [string | null, string | null, string | null][] =>
  envoyAfterMentions(text, all).map(([m]) => [m.name, m.role, m.country]);

describe('an envoy named, then described by a title with its posting or a word before it', () => {
  test('a list of non-resident ambassadors, each with a form of address and the country it is "of"', () => {
    const text =
      'Presenting their letters of credence were H.E. Mr. Kenji Mori, non-resident ambassador of Japan; and H.E. Mrs. Ana Costa, non- resident ambassador of Portugal.';
    assert.deepEqual(read(text), [
      ['Kenji Mori', 'ambassador', 'Japan'],
      ['Ana Costa', 'ambassador', 'Portugal'],
    ]);
  });

  test('a nationality and a posting: whose envoy is the nationality, not where posted', () => {
    assert.deepEqual(read('Also present was Amara Diallo, Guinean Ambassador to Ghana.'), [
      ['Amara Diallo', 'Ambassador', 'Guinea'],
    ]);
  });

  test('a caption\'s "(left)" and "outgoing" before the title', () => {
    assert.deepEqual(read('Mrs. Rita Osei (left), outgoing Ghanaian High Commissioner to Kenya, receiving a gift'), [
      ['Rita Osei', 'High Commissioner', 'Ghana'],
    ]);
  });

  test('another office before the title is not this form: "Deputy High Commissioner" alone names no envoy here', () => {
    assert.deepEqual(read('He met John Smith, Deputy High Commissioner of the mission.'), []);
  });

  test('in a whole record, the envoys of the list are in the room', () => {
    const text = [
      'President receives credentials of three ambassadors',
      'The President received letters of credence from three ambassadors at the State House today.',
      'Presenting their letters were H.E. Mr. Kenji Mori, non-resident ambassador of Japan; H.E. Mr. Luca Bruni, non-resident ambassador of Italy; and H.E. Mrs. Ana Costa, non-resident ambassador of Portugal.',
    ].join('\n\n');
    const names = parseRecordText(text).participants.map((p) => p.name);
    for (const n of ['Kenji Mori', 'Luca Bruni', 'Ana Costa']) assert.ok(names.includes(n), `got ${names.join(', ')}`);
  });
});
