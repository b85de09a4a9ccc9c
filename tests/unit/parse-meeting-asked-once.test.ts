// Whether a record tells of a meeting is the parse's costliest question: it is asked once, and the
// participant rules read the same answer, also when a record is read again against the people directory.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText, withDirectory } from '../../electron/node/library/parse/index.ts';

const read = (lines: string[]) => parseRecordText(lines.join('\n\n'));
/** A people directory that knows no one. */
const empty = { lookup: () => null };

const readout = [
  'Foreign Minister meets Ambassador of Chile',
  'Published 12 March 2024',
  'Foreign Minister Ana Reyes received the Ambassador of Chile, Tomas Vidal, at the ministry on Monday.',
  'The two discussed trade and the coming visit of a business delegation.',
];

test('a readout says it tells a meeting, and its people are read', () => {
  const r = read(readout);
  assert.equal(r.meetingReported, true);
  assert.ok(r.participants.some((p) => p.name === 'Tomas Vidal'));
});

test('a spokesperson’s briefing says it tells none, and lists no one, read alone or again with the directory', () => {
  const r = read([
    'Regular press conference of the Foreign Ministry spokesperson',
    'Published 12 March 2024',
    'Spokesperson Lin Mei hosted the regular press conference on Monday.',
    'Question: How do you comment on the talks? Answer: We have said so before.',
    'Question: Will the minister travel? Answer: We will release information in due course.',
  ]);
  assert.equal(r.meetingReported, false);
  assert.deepEqual(r.participants, []);
  assert.deepEqual(withDirectory(r, empty).participants, []);
});

test('a record read again against the directory keeps the people its first reading found', () => {
  const r = read(readout);
  const again = withDirectory(r, empty);
  assert.deepEqual(
    again.participants.map((p) => p.name),
    r.participants.map((p) => p.name),
  );
});
