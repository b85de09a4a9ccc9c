// A desk officer imports the news of an arrival: the guest has landed "to pay a courtesy call on" the host, or
// "для переговорів з" a counterpart, and the talks are what the rest announces. No meeting is held yet: the record
// lists no one. Where a later sentence tells the talks begun ("розпочалися переговори"), it reports them. A visit
// still to come that recalls an earlier one by its month and year ("im Oktober 2007 besucht") reports none either.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test('an English arrival "to pay a courtesy call on" the host, with the talks still ahead, reports no meeting', () => {
  const paragraphs = [
    'Prime Minister Dr. Alan Reid arrived in St. Lucia this morning to pay a courtesy call on Prime Minister Dr. Mary Cole.',
    'While here, Prime Minister Reid will meet with members of Cabinet to discuss regional matters.',
  ];
  assert.equal(reportsMeeting(paragraphs, null), false);
});

test('a Ukrainian arrival "для переговорів", then the talks told as begun, reports the meeting', () => {
  const paragraphs = [
    'Міністр Петро Коваль прибув до Варшави для переговорів з міністром Яном Новаком.',
    'Пізніше речник написав, що у Варшаві розпочалися переговори між міністрами.',
  ];
  assert.equal(reportsMeeting(paragraphs, null), true);
  assert.equal(reportsMeeting(paragraphs.slice(0, 1), null), false);
});

test('a Spanish arrival "para reunirse con" the president, the agreements still to sign, reports no meeting', () => {
  const paragraphs = [
    'La presidenta Ana Ruiz llegó anoche a Lima para reunirse con el presidente Carlos Vega.',
    'Ambos mandatarios firmarán acuerdos de cooperación.',
  ];
  assert.equal(reportsMeeting(paragraphs, null), false);
});

test('a German delegation visit announced, recalling a visit "im Oktober 2007", reports no meeting', () => {
  const paragraphs = [
    'Eine Delegation aus der Provinz Hubei wird am kommenden Montag die Universität besuchen.',
    'Der Präsident hat die Universität Hubei im Oktober 2007 besucht und dort Kontakte geknüpft.',
  ];
  assert.equal(reportsMeeting(paragraphs, 'Delegation aus Hubei besucht die Universität'), false);
});
