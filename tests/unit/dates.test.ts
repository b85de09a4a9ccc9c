import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longDate } from '../../electron/node/pdf/text.ts';
import { isoToLongDate } from '../../electron/shared/dates.ts';
import { formatDate } from '../../renderer/src/components/format.ts';

test('a date reads the same in the app and in the printed book', () => {
  assert.equal(isoToLongDate('2020-09-22'), '22 September 2020');
  assert.equal(isoToLongDate('2020-09-05T13:26:07'), '5 September 2020');
  assert.equal(isoToLongDate('2020-13-01'), null);
  assert.equal(isoToLongDate('autumn 2020'), null);
  assert.equal(formatDate('2020-09-22'), longDate('2020-09-22'));
  // What is not a date is shown as written: on one line in print.
  assert.equal(formatDate('early\nOctober'), 'early\nOctober');
  assert.equal(longDate('early\nOctober'), 'early October');
  assert.equal(formatDate(null), '');
  assert.equal(longDate(null), null);
});
