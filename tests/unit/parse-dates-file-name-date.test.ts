// A desk officer imports a district's news page saved with its photo: the image's file name ("2019-03-11_02-800")
// stands alone on a line above the caption. That is the camera's or the upload's day glued into a name, not a date the
// page states: the record has no publication date. A line that is only the date ("2019-03-11") still is one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateMentions } from '../../electron/node/library/parse/dates/forms.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (lines: string[]) => parseRecordText(lines.join('\n'));

const story = (stamp: string) =>
  record([
    'Landkreis Oberfeld',
    '',
    'Delegation aus der Partnerregion zu Gast',
    '',
    '(ob) Eine Delegation aus der polnischen Partnerregion ist derzeit zu Gast im Landkreis Oberfeld.',
    '',
    stamp,
    'Die Delegation bei Landrat Max Huber – Foto: Landratsamt',
    '',
    'Landrat Max Huber hat die Gäste am Montag im Sitzungssaal empfangen.',
  ]);

test('an image file name "2019-03-11_02-800" over a caption is no publication date', () => {
  assert.equal(story('2019-03-11_02-800').publishedAt, null);
  assert.deepEqual(findDateMentions('foto_2020-11-26_23-16-59.jpg'), []);
});

test('a line that is only "2019-03-11" under the lead still dates the page', () => {
  assert.equal(findDateMentions('2019-03-11')[0]?.phrase, '2019-03-11');
  assert.equal(story('2019-03-11').publishedAt, '2019-03-11');
});
