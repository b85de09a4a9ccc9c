import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText, withDirectory } from '../../electron/node/library/parse/index.ts';
import type { KnownPerson, MentionsRead, PeopleDirectory } from '../../electron/node/library/parse/types.ts';

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

// Read again from what the first reading found without the directory (as the import's writer does
// with a record its parse worker read): only the directory's own rule runs again, and the result is
// still exactly a new parse's, lists, sources and all.
const AGAIN = [
  TEXT,
  // A source's name is read (and passed over) by a rule before the directory's: it stays a source.
  `Ministers meet in Oslo

Oslo, 2 May 2025 – Foreign Minister Ana Costa met Ambassador Kral in Oslo on 2 May 2025, according to Spokesperson Eva Holm.`,
  // A list goes on as it began: greetings conveyed from one person and from one the directory knows.
  `Ministers meet in Oslo

Oslo, 2 May 2025 – Foreign Minister Ana Costa met Ambassador Kral in Oslo on 2 May 2025 and conveyed the greetings of President Miguel Ruiz and Holm.`,
  `Minister thanks partners

Oslo, 2 May 2025 – Foreign Minister Ana Costa met Foreign Minister Tom Lind and Kral in Oslo on 2 May 2025. She conveyed the greetings of President Miguel Ruiz and Holm to the minister, and thanked Ambassador Sari Wulandari, Kral and Holm for their support.

"We agreed on a plan," Lind said, according to spokesperson Eva Holm.`,
  `외교부 장관, 인니 외교장관과 회담

박진 외교부 장관은 4일 서울에서 수기오노 인도네시아 외교장관과 회담을 가졌다. 이 자리에는 Sari Wulandari 국장이 배석했다.`,
];

test('a record read again from its first reading gets the participants a new parse would give', () => {
  const directory = knows([
    { name: 'Sari Wulandari', role: 'Director-General for Asia', country: 'Indonesia' },
    { name: 'Kral', role: 'Ambassador', country: 'Czechia' },
    { name: 'Eva Holm', role: 'Spokesperson', country: 'Norway' },
    { name: 'Holm', role: 'Spokesperson', country: 'Norway' },
    { name: 'Ana Costa', role: 'Foreign Minister', country: 'Portugal' },
    { name: 'Miguel Ruiz', role: 'President', country: 'Spain' },
    { name: '박진', role: '외교부 장관', country: 'South Korea' },
  ]);
  for (const text of AGAIN) {
    const mentionsRead: MentionsRead[] = [];
    const before = parseRecordText(text, { directory: knows([]), mentionsRead });
    assert.ok(mentionsRead.length > 0, 'the first reading left what it read');
    assert.deepEqual(withDirectory(before, directory, mentionsRead), parseRecordText(text, { directory }));
    assert.deepEqual(withDirectory(before, knows([]), mentionsRead), before);
  }
});
