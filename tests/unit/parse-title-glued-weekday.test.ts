// A parliament's page copied without line breaks runs its headline into its lead with no space: the lead
// opens on the weekday ("…ambassadeursDonderdag 1 februari …"). The desk officer wants the headline, not
// the headline and half of the first sentence.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deriveTitle } from '../../electron/node/library/parse/title-derive.ts';

describe('a headline run into a lead that opens on its weekday', () => {
  test('Dutch: the headline ends where the weekday is glued on', () => {
    assert.equal(
      deriveTitle(
        'Kamerleden ontvangen Belgische delegatieWoensdag 4 maart 2020 ontvingen de leden van de commissie een delegatie uit Brussel.',
      ),
      'Kamerleden ontvangen Belgische delegatie',
    );
  });

  test('English: the same with a comma after the weekday', () => {
    assert.equal(
      deriveTitle('Speaker hosts visiting parliamentariansMonday, 2 March 2020 the Speaker welcomed a delegation from Fiji.'),
      'Speaker hosts visiting parliamentarians',
    );
  });

  test('a brand written with a capital inside ("PowerPoint") is no weekday: the sentence stays', () => {
    assert.ok(
      deriveTitle('Officials shared a PowerPoint deck with the delegation on Monday.').startsWith(
        'Officials shared a PowerPoint',
      ),
    );
  });
});
