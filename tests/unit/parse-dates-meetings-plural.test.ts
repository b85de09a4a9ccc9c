// A desk officer imports a newspaper's story of a prime minister's trip: a photo's caption first ("… greets the
// Prime Minister of Ruritania during the summit on November 20"), then "The Prime Minister attended regional
// meetings in Port Avalon on November 21." English says "meetings" as often as "meeting": that sentence dates the
// talks the record reports, not the caption's greeting. Meetings still to come ("will hold meetings … on 3 June") date none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meeting = (lines: string[]) => parseRecordText(lines.join('\n\n')).meetingDate;

test('"attended regional meetings … on November 21" under a caption dated November 20: the 21st', () => {
  assert.equal(
    meeting([
      'date 2024-11-25 PM leads delegation to regional meetings',
      'GREETINGS: Prime Minister Dr Ana Reyes greets the Prime Minister of Ruritania during the summit on November 20 in Port Avalon. - Photo courtesy Office of the Prime Minister',
      'The Prime Minister attended regional meetings in Port Avalon on November 21.',
      'The series of meetings addressed trade, crime prevention and health.',
    ]),
    '2024-11-21',
  );
});

test('"will hold meetings with their counterparts … on 3 June" is still ahead: no meeting date', () => {
  assert.equal(
    meeting([
      'date 2024-05-25 Ministers to meet in Suva',
      'The foreign ministers will hold meetings with their counterparts in Suva on 3 June.',
      'They are expected to discuss fisheries.',
    ]),
    null,
  );
});
