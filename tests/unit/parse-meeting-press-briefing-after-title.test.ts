// A lead that says the minister was addressing journalists at a press briefing is a briefing, not a meeting, even
// when a title's abbreviation ("Hon.", "Dr.") stands before the name: the abbreviation does not end the sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (lines: string[]) => parseRecordText(lines.join('\n\n'));

const longLead = (who: string, what: string) =>
  `${who} ${what} at the Ministry of Foreign Affairs on Tuesday (May 4), where the work of the coming months was set out in some detail for the country's partners abroad.`;

test('"Hon. X, addressing journalists at a press briefing" reports no meeting', () => {
  const r = record([
    'Minister outlines busy year abroad',
    'date 2021-05-05',
    longLead('Minister of Foreign Affairs, Hon. Mary Brown,', 'addressing journalists at a press briefing held'),
    'She cited the country’s participation in the summit held from April 20 to 21 in Ottawa, Canada.',
  ]);
  assert.equal(r.meetingDate, null);
  assert.deepEqual(r.participants, []);
});

test('"Dr. X received the ambassador" after a title abbreviation still reports the meeting', () => {
  const r = record([
    'Minister receives new ambassador',
    'date 2021-05-05',
    longLead('Minister of Health, Dr. Mary Brown,', 'received the Ambassador of Japan, Mr. Kenji Sato,'),
    'They discussed cooperation in public health.',
  ]);
  assert.equal(r.meetingDate, '2021-05-04');
});
