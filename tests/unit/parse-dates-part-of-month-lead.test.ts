// A desk officer imports a parliament's page of incoming delegations: the first visit is dated only "from late November",
// the next ones in full. The first visit's day is unknown, so no meeting date is given rather than the second visit's.
// A lead that gives the day itself ("in late May … met on 28 May") keeps it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meeting = (lines: string[]) => parseRecordText(lines.join('\n')).meetingDate;

test('"hosted from late November a delegation": the next item\'s "12-14 March 2019" is not that visit\'s day', () => {
  assert.equal(
    meeting([
      'Incoming delegations',
      'Chilean delegation seeks closer ties',
      'The Parliamentary Group hosted from late November a delegation from Chile led by Senator Ana Rojas, with four colleagues from the main parties.',
      'Latvian Speaker visits Westminster',
      'From 12-14 March 2019, the Latvian Speaker Mr Janis Berzins visited Parliament and met the Lord Speaker.',
    ]),
    null,
  );
});

test('"In late May … met the Governor on 28 May": a day the lead gives stays the meeting\'s', () => {
  assert.equal(
    meeting([
      'Mayor meets Governor',
      'In late May the Mayor of Eastport met the Governor on 28 May 2021 to discuss the new harbour.',
      'The two agreed to meet again in the autumn.',
    ]),
    '2021-05-28',
  );
});
