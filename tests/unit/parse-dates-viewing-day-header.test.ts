// A site's header that prints the day the page is read ("Dnes je 27.07.2024" over the weather and the
// day's name-day) is not when the record was published: the desk officer sees no date rather than a wrong one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (lines: string[]) => parseRecordText(lines.join('\n\n'));

test('a Czech town page headed "Dnes je …" has no publication date from that line', () => {
  const r = record([
    'Dnes je 14.03.2025',
    'Svátek má Matylda',
    'Návštěva z partnerského města Senica',
    'Starosta města přivítal v pondělí na radnici delegaci ze slovenského partnerského města. Hovořili o společných projektech.',
  ]);
  assert.equal(r.publishedAt, null);
});

test('an English header "Today is Monday, 3 May 2021" is the reader\'s day, not the page\'s', () => {
  const r = record([
    'Today is Monday, 3 May 2021',
    'Mayor welcomes delegation from sister city',
    'The Mayor received a delegation from the sister city at the town hall. They discussed school exchanges.',
  ]);
  assert.equal(r.publishedAt, null);
});

test('a dated line under the headline still dates the page', () => {
  const r = record([
    'Mayor welcomes delegation from sister city',
    'Monday, 3 May 2021',
    'The Mayor received a delegation from the sister city at the town hall. They discussed school exchanges.',
  ]);
  assert.equal(r.publishedAt, '2021-05-03');
});

test('prose that opens on "today" keeps its day as the meeting\'s', () => {
  const r = record([
    'Ministers meet in Canberra',
    'Posted: 8 March 2023',
    'Today, Tuesday 7 March 2023, the Foreign Minister met her Fijian counterpart in Canberra.',
  ]);
  assert.equal(r.meetingDate, '2023-03-07');
  assert.equal(r.publishedAt, '2023-03-08');
});
