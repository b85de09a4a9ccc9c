// A page copied from its headline down carries its furniture only below the text (share buttons,
// the comment box): nothing of the site's menus stands above the headline, so the first heading line
// is the headline and the line under it its deck, as in a plain text. Only a page whose menus or site
// lines were taken off above the text has its headline as the last heading line over the lead.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a page whose furniture stands only below the text', () => {
  test('headline, then its deck, then the lead, and the share and print buttons at the foot: the headline', () => {
    const text = [
      'Chamber chairs of the whole country to meet in the city next month',
      '',
      'From the 5th, for two days, at the Plaza hotel',
      '',
      'The national chamber of commerce will hold the meeting of its chairs at the Plaza hotel from 5 November, the city chamber said on Tuesday. The chairs meet once a year.',
      '',
      'Share',
      'Print',
    ].join('\n');
    assert.equal(title(text), 'Chamber chairs of the whole country to meet in the city next month');
  });

  test('a menu taken off above the headline: the last heading line over the lead is still the headline', () => {
    const text = [
      'Home',
      'Search',
      'Menu',
      'City council',
      '',
      'Chamber chairs of the whole country to meet in the city next month',
      '',
      'The national chamber of commerce will hold the meeting of its chairs at the Plaza hotel from 5 November, the city chamber said on Tuesday. The chairs meet once a year.',
    ].join('\n');
    assert.equal(title(text), 'Chamber chairs of the whole country to meet in the city next month');
  });
});
