// A news page prints the headline, then the writer's byline, then the date: "By political reporter
// Sam Smith", "By Sam Smith, Asia correspondent", "Por María Pérez". The byline stands just above the
// date, where a headline would, but it is the writer, never the record's headline.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const titleOf = (byline: string): string =>
  parseRecordText(
    [
      'Albanese meets Chinh in Canberra',
      byline,
      'Posted Mon 15 Jan 2024 at 2:05pm',
      'Prime Minister Anthony Albanese has met his Vietnamese counterpart Pham Minh Chinh at Parliament House.',
    ].join('\n\n'),
  ).title;

test('"By political reporter Sam Smith" and "By Sam Smith, Asia correspondent" under the headline are the writer, not the title', () => {
  assert.equal(titleOf('By political reporter Sam Smith'), 'Albanese meets Chinh in Canberra');
  assert.equal(titleOf('By Sam Smith, Asia correspondent'), 'Albanese meets Chinh in Canberra');
  assert.equal(titleOf('Por María Pérez'), 'Albanese meets Chinh in Canberra');
});
