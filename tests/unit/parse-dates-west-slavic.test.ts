// Polish, Czech, Slovak, Croatian and Serbian releases write the month as a word in the genitive
// ("14 lutego 2017", "18. září 2018", "4. februára", "24. lipnja 2015") and date a meeting against
// their own date ("wczoraj", "dnes", "we wtorek", "v pondělí", "u utorak"). A preview ("spotka się",
// "setká se", "mają odbyć się we wtorek") dates no meeting; Croatian "listopada" is October.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions } from '../../electron/node/library/parse/dates/forms.ts';
import { findRelativeMentions } from '../../electron/node/library/parse/dates/relative.ts';
import { FUTURE, MEETING } from '../../electron/node/library/parse/dates/words.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const dates = (text: string): string[] =>
  findDateMentions(text)
    .filter((m) => !m.relative)
    .map((m) => `${m.year ?? '?'}-${m.month}-${m.day}`);
const relative = (text: string): string[] => findRelativeMentions(text).map((m) => `${m.relative}:${m.weekday ?? ''}`);

describe('West and South Slavic days and dates', () => {
  test('genitive months are read in each language; "listopada" is November in Polish and October in Croatian', () => {
    assert.deepEqual(dates('Wojewoda spotkała się 14 lutego 2017 r. z konsulem.'), ['2017-2-14']);
    assert.deepEqual(dates('Setkání se konalo v úterý 18. září 2018 v Brně.'), ['2018-9-18']);
    assert.deepEqual(dates('Bratislava 4. februára (TASR) - Minister sa stretol s kolegom.'), ['?-2-4']);
    assert.deepEqual(dates('Sastanak je održan 24. lipnja 2015. u Zagrebu.'), ['2015-6-24']);
    assert.deepEqual(dates('Ministar se sastao sa ambasadorom 1. avgusta 2019.'), ['2019-8-1']);
    assert.deepEqual(dates('Prezydent przyjął ambasadora 11 listopada 2021 roku w Pałacu.'), ['2021-11-11']);
    assert.deepEqual(
      dates('Gradonačelnik je primio veleposlanika 5. listopada 2021. u Gradskoj vijećnici, rekao je da će suradnja rasti.'),
      ['2021-10-5'],
    );
    assert.deepEqual(dates('Vijesti 05. svi 201620:57'), ['2016-5-5']);
  });

  test('"wczoraj", "dnes", "we wtorek", "ve středu", "u utorak" are read; next week\'s day and a weekday before its date are not', () => {
    assert.deepEqual(relative('Minister spotkał się wczoraj z ambasadorem.'), ['yesterday:']);
    assert.deepEqual(relative('Hejtman se dnes setkal s velvyslancem.'), ['today:']);
    assert.deepEqual(relative('Premier rozmawiał we wtorek z kanclerzem.'), ['weekday:2']);
    assert.deepEqual(relative('Ministr se ve středu sešel s kolegou.'), ['weekday:3']);
    assert.deepEqual(relative('Ministar se u utorak sastao s kolegom.'), ['weekday:2']);
    assert.deepEqual(relative('W poniedziałek 19 września minister rozpoczął wizytę.'), []);
  });

  test('a meeting reported against the date line ("Data publikacji: 15 lutego 2017 … spotkała się we wtorek") is that Tuesday', () => {
    const text = [
      'Spotkanie z ambasadorem',
      'Data publikacji: 16 lutego 2017',
      'Wojewoda Anna Przykładowa spotkała się we wtorek z ambasadorem Litwy. Rozmowa dotyczyła przejść granicznych.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, '2017-02-14');
  });

  test('words of a meeting and of what is to come: "spotkał się", "setkal se", "stretol sa", "sastao se"; "spotka się", "setká se", "mają odbyć się"', () => {
    for (const s of [
      'Minister spotkał się z ambasadorem.',
      'Hejtman se setkal s velvyslancem.',
      'Minister sa stretol s kolegom.',
      'Ministar se sastao s veleposlanikom.',
    ])
      assert.equal(MEETING.test(s), true, s);
    for (const s of [
      'Minister spotka się z ambasadorem we wtorek.',
      'Premiér se zítra setká s kolegou.',
      'Rozmowy mają odbyć się we wtorek.',
      'Do rozmów dojdzie w poniedziałek.',
    ])
      assert.equal(FUTURE.test(s), true, s);
    // "přijala demisi" (adopted the resignation) is not a reception; a cabinet's "jednání" is no talks.
    assert.equal(MEETING.test('Vláda přijala na dnešním jednání svou demisi.'), false);
  });

  test('a record whose first line denies the meeting ("Ministar se nije sastao s …") dates no meeting, though it says "danas"', () => {
    const text = [
      'Ministar se nije sastao s američkim izaslanikom',
      'Vijesti 12. svi 2019',
      'Iz ministarstva je stiglo priopćenje u vezi napisa kako se ministar Ivan Primjer danas sastao s izaslanikom. Informacija je netočna, kazali su iz ministarstva.',
    ].join('\n\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, '2019-05-12');
    assert.equal(parsed.meetingDate, null);
  });
});
