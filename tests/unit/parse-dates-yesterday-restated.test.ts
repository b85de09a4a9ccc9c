// A desk officer reads a record that says "yesterday, 13 November, the delegation arrived … today the minister received
// them": the date beside "yesterday" is yesterday's, so the meeting told as today's was on the 14th, whether the record
// has no date of its own, only a month above it, or a site date two days late. A record whose only day is the
// yesterday-date, and no today-word telling the meeting, keeps that day: never the reverse.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const dated = (text: string): string | null => parseRecordText(text).meetingDate;

describe('a date restating "yesterday" makes the day after it the record\'s today', () => {
  test('an English record with no date of its own: "Yesterday, 13 November 2019, … arrived. Today the minister received them"', () => {
    const text =
      'Minister receives delegation\n\nYesterday, 13 November 2019, the delegation arrived in the capital. Today the minister received them at the ministry and held talks.';
    assert.equal(dated(text), '2019-11-14');
  });

  test('a Romanian record under "date 2019-11": "După ce ieri, 13 noiembrie, … astăzi primarul s-a întâlnit cu ambasadorul"', () => {
    const text =
      'Primarul primește ambasadorul\n\ndate 2019-11\n\nDupă ce ieri, 13 noiembrie, delegația a sosit în capitală, astăzi primarul s-a întâlnit cu ambasadorul.';
    assert.equal(dated(text), '2019-11-14');
  });

  test('a Hungarian and a Greek record, the weekday or the year beside the date', () => {
    assert.equal(
      dated(
        'Találkozó\n\nTegnap, 2019. november 13-án a küldöttség megérkezett Budapestre. Ma a polgármester fogadta a nagykövetet, hogy tárgyaljanak.',
      ),
      '2019-11-14',
    );
    assert.equal(
      dated(
        'Συνάντηση\n\nΧθες, 13 Νοεμβρίου 2019, η αντιπροσωπεία έφτασε στην Αθήνα. Σήμερα ο δήμαρχος συναντήθηκε με τον πρέσβη.',
      ),
      '2019-11-14',
    );
  });

  test('a site that posted the story two days late: its "today" is the day after the restated yesterday', () => {
    const text =
      'Minister receives delegation\n\n2019-11-16\n\nYesterday, 13 November, the delegation arrived in the capital. Today the minister received them at the ministry and held talks.';
    assert.equal(dated(text), '2019-11-14');
  });

  test("with no today-word telling the meeting, the yesterday-date stays the meeting's", () => {
    assert.equal(
      dated('Minister receives delegation\n\nYesterday, 13 November 2019, the minister met the ambassador at the ministry.'),
      '2019-11-13',
    );
    assert.equal(
      dated('Minister receives delegation\n\nThe minister met the ambassador yesterday, 13 November 2019, at the ministry.'),
      '2019-11-13',
    );
  });
});
