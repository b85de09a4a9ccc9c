// German writes a day and month in numbers with the day's ordinal dot ("am 13.10.", "am Freitag (13.10.)"); Spanish,
// French and Italian restate a weekday's day in brackets ("el viernes (13/10)"). With the record's date giving the year,
// the desk officer gets the meeting's day. A clock ("um 13.10 Uhr") or a bare "13.10" is not read as a date.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions, meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string, publishedAt: string): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('a day and a month in numbers, no year', () => {
  test('"hat am Freitag (13.10.) den Botschafter empfangen" in a text of 14 October 2017: the 13th', () => {
    const text =
      'Die Bürgermeisterin hat am Freitag (13.10.) den Botschafter der Niederlande im Rathaus empfangen.\n\nSie sprachen über den Hafen.';
    assert.equal(meeting(text, '2017-10-14'), '2017-10-13');
  });

  test('"traf am 12.10. den Konsul": the 12th', () => {
    const text =
      'Der Landrat traf am 12.10. den Generalkonsul Polens zu einem Gespräch im Kreishaus.\n\nThema war die Partnerschaft.';
    assert.equal(meeting(text, '2017-10-14'), '2017-10-12');
  });

  test('"el alcalde recibió el viernes (13/10) al embajador": the 13th', () => {
    const text = 'El alcalde recibió el viernes (13/10) al embajador de Chile en el ayuntamiento.\n\nHablaron de cooperación.';
    assert.equal(meeting(text, '2017-10-14'), '2017-10-13');
  });

  test('a clock "um 13.10 Uhr" and a bare "13.10" are no dates', () => {
    assert.deepEqual(findDateMentions('Das Treffen beginnt um 13.10 Uhr.'), []);
    assert.deepEqual(findDateMentions('Der Kurs stieg auf 13.10 Euro.'), []);
  });
});
