import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText, withDirectory } from '../../electron/node/library/parse/index.ts';
import type { KnownPerson, PeopleDirectory } from '../../electron/node/library/parse/types.ts';

// A record read ahead, before the record stored just before it taught the people directory a name
// it mentions, has only its participants read again: the result is what a new parse would give.

const TEXT = `Deputy Foreign Minister visits Jakarta

Jakarta, 4 March 2025 – Deputy Foreign Minister Amara Okafor met Sari Wulandari in Jakarta on 4 March 2025 to discuss maritime cooperation and trade.

The two sides agreed to meet again next year.`;

const knows = (people: KnownPerson[]): PeopleDirectory => ({
  lookup: (name) => people.find((p) => p.name === name) ?? null,
});

test('a record read before the directory knew someone gets the participants a new parse would give', () => {
  const before = parseRecordText(TEXT, { directory: knows([]) });
  const directory = knows([{ name: 'Sari Wulandari', role: 'Director-General for Asia', country: 'Indonesia' }]);
  const fresh = parseRecordText(TEXT, { directory });
  const reread = withDirectory(before, directory);
  assert.deepEqual(reread, fresh);
  // The directory did change who was read as taking part (else this test could not fail).
  assert.notDeepEqual(before.participants, fresh.participants);
});

test('reading participants again changes nothing else in the record', () => {
  const before = parseRecordText(TEXT, { directory: knows([]) });
  const reread = withDirectory(before, knows([]));
  assert.deepEqual(reread, before);
});
