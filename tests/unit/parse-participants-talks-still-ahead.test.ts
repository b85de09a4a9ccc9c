// A record that only announces talks still to come (their day after the record's own date, or told
// in the future) lists no one: nobody has met yet. Its place is not a meeting place either. A record
// of talks already held, or one whose own date is unknown, is read as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const read = (lines: string[]) => parseRecordText(lines.join('\n\n'));

test('a Chinese item of the 24th on a visit from the 26th to the 28th lists no participants', () => {
  const r = read([
    '王毅将访问美国',
    '2023年10月24日 10:15',
    '外交部发言人24日宣布，中共中央政治局委员、外交部长王毅26日至28日访问美国，同国务卿布林肯举行会谈。',
    '发言人表示，双方将就共同关心的问题交换意见。',
  ]);
  assert.equal(r.publishedAt, '2023-10-24');
  assert.equal(r.meetingDate, null);
  assert.deepEqual(
    r.participants.map((p) => p.name),
    [],
  );
  // The headline "将访问" opens the record on plans: it is read as no meeting before any date is weighed.
  assert.equal(r.place, null);
});

test('a German preview of talks next Tuesday, dated the week before, lists no participants and no place', () => {
  const r = read([
    'Kanzler empfängt Präsidentin von Chile',
    'Veröffentlicht am 03.05.2024',
    'Bundeskanzler Olaf Scholz empfängt am Dienstag, 7. Mai, die Präsidentin von Chile, Maria Lopez, im Kanzleramt in Berlin zu einem Gespräch.',
    'Im Mittelpunkt stehen die Zusammenarbeit bei Rohstoffen und der Klimaschutz.',
  ]);
  assert.equal(r.meetingDate, null);
  assert.deepEqual(
    r.participants.map((p) => p.name),
    [],
  );
  assert.equal(r.place, null);
});

test('talks held the day before the record still list both ministers', () => {
  const r = read([
    'Foreign ministers of Chile and Peru meet in Lima',
    'Published 3 May 2024',
    'Foreign Minister Ana Reyes of Chile met Foreign Minister Juan Cruz of Peru in Lima on 2 May to discuss trade.',
  ]);
  assert.equal(r.meetingDate, '2024-05-02');
  assert.ok(r.participants.some((p) => p.name === 'Ana Reyes'));
  assert.notEqual(r.talksAhead, true);
});
