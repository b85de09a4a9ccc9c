// An envoy not yet accredited is "High Commissioner Designate" or "Ambassador-designate": the word
// belongs to the title, and the name after it is the envoy's ("Designate" is never a person).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (lines: string[]) => parseRecordText(lines.join('\n\n')).participants.map((p) => p.name);

test("'High Commissioner Designate of Canada to Mauritius, Mr Ian Holt,' calling on the Prime Minister lists both", () => {
  const found = names([
    'New envoy calls on the Prime Minister',
    'The newly appointed High Commissioner Designate of Canada to Mauritius, Mr Ian Holt, called on the Prime Minister, Mr Ravi Pillay, yesterday.',
  ]);
  assert.ok(found.includes('Ian Holt'), found.join(' / '));
  assert.ok(found.includes('Ravi Pillay'), found.join(' / '));
  assert.ok(!found.includes('Designate'), found.join(' / '));
});

test("'Ambassador-designate Sara Lind' is read as before", () => {
  const found = names(['Envoy meets minister', 'Ambassador-designate Sara Lind met Foreign Minister Omar Haddad on Monday.']);
  assert.ok(found.includes('Sara Lind'), found.join(' / '));
});
