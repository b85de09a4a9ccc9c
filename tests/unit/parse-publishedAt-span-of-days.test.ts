// A line under the headline that gives a span of days ("22. und 23. Februar 2024", "(April 26 - May 1, 2015)") dates the
// visit, not the page: a page is published on one day. The span's first day is the visit's, and a lead that tells
// talks "am 11. und 12. Juni 2018" or "from April 26 to May 1" is dated by that first day.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions } from '../../electron/node/library/parse/dates.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const first = (text: string): [string, number | null, number | null, number | null] | undefined =>
  findDateMentions(text).map((m): [string, number | null, number | null, number | null] => [m.phrase, m.year, m.month, m.day])[0];

describe('a span of days', () => {
  test('"am 11. und 12. Juni 2018" reads as its first day', () => {
    assert.deepEqual(first('Die Konferenz fand am 11. und 12. Juni 2018 in Weimar statt.'), [
      '11. und 12. Juni 2018',
      2018,
      6,
      11,
    ]);
  });

  test('"December 28 - January 3, 2016" runs over New Year: its first day is in 2015', () => {
    assert.deepEqual(first('The delegation toured the region December 28 - January 3, 2016.'), [
      'December 28 - January 3, 2016',
      2015,
      12,
      28,
    ]);
  });

  test('a span line under the headline is not the publication date; the lead takes its first day', () => {
    const text =
      'Delegation of the Riksdag visits Canada\n\n(April 26 - May 1, 2015)\n\nThe delegation visited Canada from April 26 to May 1 and met the Speaker of the Senate in Ottawa.';
    const r = parseRecordText(text);
    assert.equal(r.publishedAt, null);
    assert.equal(r.meetingDate, '2015-04-26');
  });

  test('"22. und 23. Februar 2024" alone under the headline dates no page', () => {
    const text =
      'Besuch aus Sachsen\n\nAustausch der Präsidien\n\n22. und 23. Februar 2024\n\nDie Landtagspräsidentin hat in dieser Woche das Präsidium des Sächsischen Landtags empfangen.';
    assert.equal(parseRecordText(text).publishedAt, null);
  });

  test("a single date line under the headline is still the page's", () => {
    const text =
      'Besuch aus Sachsen\n\n23. Februar 2024\n\nDie Landtagspräsidentin hat in dieser Woche das Präsidium des Sächsischen Landtags empfangen.';
    assert.equal(parseRecordText(text).publishedAt, '2024-02-23');
  });
});
