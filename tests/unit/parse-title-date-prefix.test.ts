// Some sites set the post's date before its headline, a colon or dash between: "06/03/2012: Mayors
// forge partnership with …". The date is the page's, not a word of the headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a date in digits set before the headline', () => {
  test('a date and a colon before the headline', () => {
    const text = [
      'News',
      '',
      '14/05/2019: Ambassador Reyes Meets Governor of Ohio',
      '',
      'Ambassador Reyes met the Governor of Ohio in Columbus on 13 May 2019. They spoke about trade and students.',
    ].join('\n');
    assert.equal(title(text), 'Ambassador Reyes Meets Governor of Ohio');
  });

  test('a headline that opens with a number, not a date, keeps it', () => {
    const text = [
      '25 mayors meet the ambassador of Peru',
      '',
      'Twenty-five mayors met the ambassador of Peru in Lima on Monday. They spoke about trade.',
    ].join('\n');
    assert.equal(title(text), '25 mayors meet the ambassador of Peru');
  });
});
