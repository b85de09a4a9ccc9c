// A desk officer imports a business news page saved whole: its top bar prints today's date ("Friday, July 1, 2022"),
// then the breadcrumb trail ("Home > Sectors > Education > …") and the story, which dates its delegation's visit only
// "on Monday". A date above the trail is the site's clock, the day the page was viewed: the record states no
// publication date, and "on Monday" is counted from none. A date line under the headline still dates the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (lines: string[]) => parseRecordText(lines.join('\n'));

const LEAD =
  'A delegation of officials from the Ministry of Education of Ruritania visited Northgate University on Monday and signed letters of intent with the university.';

test('"Friday, July 1, 2022" over "Home > Sectors > …" is the site\'s clock: no publication date, no meeting day', () => {
  const r = record([
    'Friday, July 1, 2022',
    'Home > Sectors > Education > Northgate University Signs Letters of Intent With Ruritanian Universities',
    '',
    'Northgate University Signs Letters of Intent With Ruritanian Universities',
    '',
    LEAD,
    '',
    'The Vice Chancellor said more agreements would follow.',
  ]);
  assert.equal(r.publishedAt, null);
  assert.equal(r.meetingDate, null);
  assert.ok(r.evidence?.publishedAt?.check, 'the possible date stays offered for a person to check');
});

test('the same date line under the headline, below the trail, dates the page and its "on Monday"', () => {
  const r = record([
    'Home > Sectors > Education > Northgate University Signs Letters of Intent With Ruritanian Universities',
    '',
    'Northgate University Signs Letters of Intent With Ruritanian Universities',
    '',
    'Friday, July 1, 2022',
    '',
    LEAD,
    '',
    'The Vice Chancellor said more agreements would follow.',
  ]);
  assert.equal(r.publishedAt, '2022-07-01');
  assert.equal(r.meetingDate, '2022-06-27');
});
