// A desk officer imports a Norwegian story: the Chinese minister "møtte torsdag" (met on Thursday) business leaders,
// and "Fredag skal han møte" (on Friday he will meet) the prime minister. The meeting held is reported, and the
// record is not set aside as a preview of Friday's talks. A headline where the prime minister "møtte pressen"
// (met the press) reports no meeting, as "met reporters" does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMeetingDate } from '../../electron/node/library/parse/dates/meeting.ts';
import { speaksOfPast } from '../../electron/node/library/parse/dates/words.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test('Scandinavian pasts of meeting are the past: "møtte", "mötte", "tog emot", "mødtes"; a plan is not', () => {
  assert.equal(speaksOfPast('Ministeren møtte torsdag næringslivsledere i Bergen.'), true);
  assert.equal(speaksOfPast('Utrikesministern tog emot sin finska kollega i Stockholm.'), true);
  assert.equal(speaksOfPast('De to ministre mødtes i København.'), true);
  assert.equal(speaksOfPast('Fredag skal han møte statsministeren.'), false);
});

test('"møtte torsdag …, fredag skal han møte …" is a meeting held, not talks still ahead', () => {
  const texts = [
    'Kinas handelsminister møtte torsdag representanter for norsk næringsliv i Oslo. Fredag skal han møte statsministeren.',
    'På møtet sa ministeren at landene bør samarbeide tettere.',
  ];
  assert.equal(reportsMeeting(texts), true);
  assert.equal(readMeetingDate(texts, null, '', ['date 2023-05']).ahead, false);
});

test('a plan alone ("skal møte … fredag") is still talks ahead', () => {
  const texts = ['Kinas handelsminister skal møte statsministeren i Oslo fredag.', 'Det blir hans første besøk i Norge.'];
  assert.equal(readMeetingDate(texts, '2023-05-10', '').ahead, true);
});

test('a headline where the prime minister "møtte pressen" reports no meeting; one where he met a counterpart does', () => {
  const lead = ['Etter seks timer i embetet svarte statsministeren på spørsmål om budsjettet torsdag kveld.'];
  assert.equal(reportsMeeting(lead, 'Statsministeren møtte pressen – varsler reise til Bergen'), false);
  assert.equal(reportsMeeting(lead, 'Statsministeren møtte Sveriges statsminister i Oslo'), true);
});
