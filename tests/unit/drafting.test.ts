// "Draft as talking point" on real sentences from the sample records: reported speech becomes first person.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { draftTalkingPoint, infinitive, sideOf } from '../../electron/node/books/drafting.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { koreanSeed, vietnameseSeed } from '../helpers/library.ts';

const korean = readFileSync(koreanSeed, 'utf8');
const vietnamese = readFileSync(vietnameseSeed, 'utf8');
/** Who was in the room, as the records name them: a speaker's side is their country, never a list of surnames. */
const koreanPeople = parseRecordText(korean).participants;
const vietnamesePeople = parseRecordText(vietnamese).participants;
const KOREA = { principalSide: 'Republic of Korea', participants: koreanPeople };
const VIET_NAM = { principalSide: 'Viet Nam', participants: koreanPeople };
/** The sentence of a seed that starts with `start` (so the tests use the records' own words). */
function fromSeed(seed: string, start: string): string {
  const i = seed.indexOf(start);
  assert.ok(i >= 0, `the seed says “${start}”`);
  return seed.slice(i).split(/(?<=\.)\s/)[0] as string;
}

describe('drafting a talking point from reported speech', () => {
  test('the issue’s example: the ROK would continue stepping up → we will continue to step up', () => {
    const s = fromSeed(korean, 'Minister Kang said that the ROK would continue stepping up');
    assert.match(
      draftTalkingPoint(s, { principalSide: 'ROK' }),
      /^We will continue to step up development cooperation with Viet Nam mainly in the areas of transportation/,
    );
  });

  test('"The two sides agreed to…" becomes "We agreed to…", and the two countries become ours', () => {
    assert.equal(
      draftTalkingPoint('The two sides agreed to actively resume high-level exchanges between the two countries.'),
      'We agreed to actively resume high-level exchanges between our two countries.',
    );
    const s = fromSeed(korean, 'They agreed to conclude the bilateral social security agreement');
    assert.match(draftTalkingPoint(s), /^We agreed to conclude the bilateral social security agreement/);
  });

  test('stressed that / the ROK’s → our / expressed appreciation → we express', () => {
    const stressed = fromSeed(korean, 'She particularly stressed that the ROK would support');
    assert.match(
      draftTalkingPoint(stressed, { principalSide: 'ROK' }),
      /^We will support Viet Nam’s science and technology research/,
    );
    const appreciation = fromSeed(
      korean,
      'Regarding the situation on the Korean Peninsula, Minister Kang expressed appreciation',
    );
    assert.equal(
      draftTalkingPoint(appreciation, KOREA),
      'We express appreciation to ASEAN for actively supporting our position in cooperation with Viet Nam, ASEAN’s chair.',
    );
  });

  test('went on to say that she looks forward → we look forward; the ROK government is → we are', () => {
    assert.equal(
      draftTalkingPoint(
        'She went on to say that she looks forward to continued cooperation with Viet Nam in clinical trials and equitable access.',
        { principalSide: 'ROK' },
      ),
      'We look forward to continued cooperation with Viet Nam in clinical trials and equitable access.',
    );
    const preparing = fromSeed(korean, 'Meanwhile, Minister Kang said that the ROK government is preparing');
    assert.match(
      draftTalkingPoint(preparing, { principalSide: 'ROK' }),
      /^We are preparing ways to upgrade the New Southern Policy/,
    );
  });

  test('the counterpart’s words are acknowledged, not put in the principal’s mouth', () => {
    const minh = 'Deputy Prime Minister Minh said that his country would continue efforts to help achieve denuclearization.';
    assert.equal(draftTalkingPoint(minh, KOREA), 'We note that Viet Nam will continue efforts to help achieve denuclearization.');
    // …and are the principal’s own when the book is written for Viet Nam.
    assert.equal(draftTalkingPoint(minh, VIET_NAM), 'We will continue efforts to help achieve denuclearization.');
  });

  test('the other side’s article: FM Son said that the two sides should… → we should…', () => {
    const s = fromSeed(vietnamese, 'FM Son said that the two sides should maintain trade');
    assert.match(
      draftTalkingPoint(s, { principalSide: 'Viet Nam', participants: vietnamesePeople }),
      /^We should maintain trade and investment exchange, support and create favorable conditions for Korean investors/,
    );
    const rok = fromSeed(vietnamese, 'The Korean deputy foreign minister confirmed that');
    assert.match(
      draftTalkingPoint(rok, { principalSide: 'ROK', participants: vietnamesePeople }),
      /priority focus of our New Southern Policy Plus \(NSPP\) and that we continue to actively/,
    );
  });

  test('a sentence that is not reported speech is left as it is', () => {
    const plain = 'Vaccines and treatments for COVID-19 are public goods for mankind.';
    assert.equal(draftTalkingPoint(plain), plain);
  });

  test('gerunds become infinitives after continue, and sides are recognised from a book’s principal', () => {
    assert.deepEqual(
      ['stepping', 'working', 'making', 'promoting', 'strengthening', 'cooperating', 'developing'].map(infinitive),
      ['step', 'work', 'make', 'promote', 'strengthen', 'cooperate', 'develop'],
    );
    assert.equal(sideOf('Minister of Foreign Affairs of the Republic of Korea Kang Kyung-wha'), 'Republic of Korea');
    assert.equal(sideOf('Phạm Bình Minh, Deputy Prime Minister of Viet Nam'), 'Viet Nam');
    assert.equal(sideOf('The Korean deputy foreign minister'), 'Republic of Korea');
    // A surname alone says nothing about a side: that comes from the record's participants.
    assert.equal(sideOf('Minister of Foreign Affairs Kang Kyung-wha'), null);
    assert.equal(sideOf(null), null);
  });
});
