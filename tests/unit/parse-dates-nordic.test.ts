// Nordic releases date a meeting against their own date: "i dag", "i går", "på onsdagen", "torsdag
// morgen", "i måndags" (last Monday); Danish and Norwegian write the day with a stop, "mandag den
// 13. juni 2022". What is still to come ("skal møte", "ska träffa") is not the meeting; nor is the day
// someone took office ("siden han tiltrådte den 15. maj").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findRelativeMentions } from '../../electron/node/library/parse/dates/relative.ts';
import { FUTURE } from '../../electron/node/library/parse/dates/words.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const relative = (text: string): string[] => findRelativeMentions(text).map((m) => `${m.relative}:${m.weekday ?? ''}`);

describe('Nordic days and dates', () => {
  test('"i dag", "i går", "samme dag", "i måndags" and "på onsdagen" are read; "nästa måndag" and a weekday before its date are not', () => {
    assert.deepEqual(relative('Ministern träffade i dag sin kollega.'), ['today:']);
    assert.deepEqual(relative('Ministeren mødtes i går med ambassadøren.'), ['yesterday:']);
    assert.deepEqual(relative('De två träffades i måndags.'), ['lastWeekday:1']);
    assert.deepEqual(relative('Han besökte Kiev på onsdagen.'), ['weekday:3']);
    assert.deepEqual(relative('Fredagens møte var konstruktivt.'), ['weekday:5']);
    assert.deepEqual(relative('Vi ses nästa måndag. Torsdagen den 29 september gav Kungen företräde.'), []);
  });

  test('"2025-09-11 … etter at hun kom ut av statsministerboligen torsdag morgen" was that Thursday', () => {
    const text = [
      'Leder møtte statsministeren',
      'Publisert 2025-09-11',
      'Partileder Kari Prøve møtte statsminister Ola Eksempel i statsministerboligen torsdag morgen, og de to snakket om budsjettet.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, '2025-09-11');
  });

  test('"mandag den 13. juni 2022 mødte borgmesteren i audiens" gives 13 June 2022', () => {
    const text = [
      'Borgmesteren i audiens',
      'Borgmester Hans Eksempel mødte mandag den 13. juni 2022 i audiens hos Dronningen på Christiansborg Slot, og han takkede for besøget.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, '2022-06-13');
  });

  test('a visit still to come ("skal møte fredag") dates no meeting, and Portuguese "neste" is not Norwegian "next"', () => {
    const text = [
      'Kinesisk minister til Oslo',
      'Publisert 12.05.2023',
      'Kinas utenriksminister skal møte utenriksministeren og statsministeren i Oslo fredag, og han skal også treffe næringslivet.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, null);
    assert.equal(FUTURE.test('O presidente recebeu neste sábado o embaixador do Brasil.'), false);
    assert.equal(FUTURE.test('Utenriksministeren reiser til Beijing neste uke.'), true);
  });
});
