// A line of capitals alone over the lead is a dateline ("SUVA" then the story). The same kind of line
// after the prose is the page's menu ("EXPLORE", "ADVERTISEMENT"): a desk officer files no place from it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

const LEAD =
  'The Rector received a delegation from a partner university abroad, led by its President, to renew the exchange agreement between the two schools.';

describe('a line of capitals alone', () => {
  test('above the lead it is the dateline', () => {
    assert.equal(place(`NAIROBI\n\n${LEAD}`), 'Nairobi');
  });

  test('after the lead it is a menu heading, not a place', () => {
    assert.equal(place(`${LEAD}\n\nSTUDY WITH US\n\nAdmissions`), null);
  });
});
