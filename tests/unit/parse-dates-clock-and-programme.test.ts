// Two dates a page prints that are not the day it was published: the site's "today" line above a story
// whose lead says "today, 13 July" months away from it, and the "Date:" of an event's programme
// ("Date: … / Time: … / Venue: …") in a media advisory. Neither becomes the publication date.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (lines: string[]) => parseRecordText(lines.join('\n'));

test('the site\'s today line is not the story\'s date when the lead says "today, 13 July"', () => {
  const r = record([
    'Вівторок, 5 Березня, 2024',
    '',
    'Посол України вручив вірчі грамоти президентові Литви',
    '',
    'Сьогодні, 13 липня, посол України в Литві вручив вірчі грамоти президенту Литви у Вільнюсі.',
    '',
    'Сторони обговорили підтримку України.',
  ]);
  assert.equal(r.publishedAt, null, 'the page shows the day it was viewed, months after the story');
  assert.ok(r.evidence?.publishedAt?.check, 'the possible date stays offered for a person to check');
});

test('"today, 13 July" under a date line of the same days keeps that date line', () => {
  const r = record([
    'Вівторок, 13 Липня, 2021',
    '',
    'Посол України вручив вірчі грамоти президентові Литви',
    '',
    'Сьогодні, 13 липня, посол України в Литві вручив вірчі грамоти президенту Литви у Вільнюсі.',
  ]);
  assert.equal(r.publishedAt, '2021-07-13');
});

test('a media advisory\'s "Date: / Time: / Venue:" block dates the ceremony, not the advisory', () => {
  const r = record([
    'President to receive Letters of Credence from new ambassadors',
    'The President will on Thursday, 14 March 2024, receive Letters of Credence from Heads of Mission-Designate.',
    'Heads of Mission-Designate from the following countries will be received:',
    '1. The Republic of Chile;',
    '2. Mongolia.',
    'Media are invited to cover the ceremony as follows:',
    'Date: Thursday, 14 March 2024',
    'Time: 10h00',
    'Venue: Union Buildings, Pretoria',
  ]);
  assert.equal(r.publishedAt, null);
  assert.equal(r.meetingDate, null);
});

test('a release\'s own "Date:" line still dates it', () => {
  const r = record([
    'Date: 2024-03-14',
    'Minister receives the ambassador of Chile',
    'The Minister received the Ambassador of Chile on 13 March 2024 in Pretoria.',
  ]);
  assert.equal(r.publishedAt, '2024-03-14');
});

test('a column of the same date on every line of a list of stories is not the page date', () => {
  const r = record([
    '11月2日，外交部发言人主持例行记者会。有记者问及中日外长会晤情况，发言人介绍，两国外长在东京举行会晤，双方就双边关系交换意见。',
    '2022-11-03',
    '2022-11-03',
    '2022-11-03',
    '2022-11-03',
    '2022-11-03',
  ]);
  assert.equal(r.publishedAt, null);
});
