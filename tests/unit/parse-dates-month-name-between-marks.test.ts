// Some bylines join the day, the month's name and the year with hyphens or slashes: "24-June-2019" under a
// place, "Muscat Thursday 31/October/2024 18:16 PM". The month is named, so the date is sure: the page's.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const story = (stamp: string): string =>
  [
    'Chief Minister to meet envoys to woo investment',
    'Shimla',
    stamp,
    'The Chief Minister will address heads of missions of eighty countries in New Delhi and invite them to the investors meet.',
    'The Chief Secretary said the meeting with ambassadors would help attract investment.',
  ].join('\n');

describe('a byline date whose month is named between hyphens or slashes', () => {
  test('"24-June-2019" under the place line dates the story 24 June 2019', () => {
    assert.equal(parseRecordText(story('24-June-2019')).publishedAt, '2019-06-24');
  });

  test('"Muscat Thursday 31/October/2024 18:16 PM" dates it 31 October 2024', () => {
    assert.equal(parseRecordText(story('Muscat Thursday 31/October/2024 18:16 PM')).publishedAt, '2024-10-31');
  });
});
