// A speaker's future ("this will improve further") quoted in the sentence that tells the meeting does not make the
// meeting a plan: "…,” the Prime Minister said after meeting the envoy yesterday" dates the meeting to yesterday.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (lines: string[]) => parseRecordText(lines.join('\n\n'));

test('"“… will grow,” X said after meeting Y yesterday" is a meeting held yesterday', () => {
  const r = record([
    'Prime Minister receives envoy',
    'date 2019-03-14',
    'Prime Minister Anna Kolu received a courtesy call from the Australian High Commissioner John Reed to discuss trade and a ministerial visit next month.',
    '“Our two countries are close partners and trade will grow further,” Kolu said after meeting Reed yesterday.',
  ]);
  assert.equal(r.meetingDate, '2019-03-13');
});

test("a quoted future beside a letter's date gives the meeting no date", () => {
  const r = record([
    'Consul to visit the district',
    '“The meeting will strengthen our ties,” the consul wrote in her letter to the district head, 28 July 2022.',
    'The consul said she would visit the district in August.',
  ]);
  assert.equal(r.meetingDate, null);
});
