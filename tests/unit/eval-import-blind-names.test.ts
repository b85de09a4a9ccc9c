import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type EvalReport, FIELDS, formatReport } from '../../scripts/eval-import.ts';

// A rule-writer who reads the blind split's report must learn its totals and nothing about any one
// record: no file with an invented date, no worst record, no miss.
const report = (split: EvalReport['split']): EvalReport => ({
  split,
  records: 2,
  invented: [{ file: 'xx9001_somewhere_a-story.txt', field: 'meetingDate', got: '2020-01-02' }],
  worst: [{ file: 'xx9002_elsewhere_b-story.txt', misses: 4 }],
  failed: [{ file: 'xx9003_another_c-story.html', error: 'taken for a duplicate of A Headline Of Its Own' }],
  fields: Object.fromEntries(FIELDS.map((f) => [f, { correct: 1, scored: 2, accuracy: 0.5 }])) as EvalReport['fields'],
  participants: { precision: 0.5, recall: 0.5, expected: 2, found: 2, matched: 1, roleAgreement: 1, countryAgreement: 1 },
  misses: [{ file: 'xx9002_elsewhere_b-story.txt', field: 'title', expected: 'A', got: 'B' }],
  scores: [],
  countries: [],
});

test('the blind split report gives totals and names no record, so no one can tune to it by reading it', () => {
  const text = formatReport(report('blind'), false);
  assert.match(text, /invented\s+1 dates given/);
  assert.match(text, /1 record\(s\) not imported as a new record/);
  assert.doesNotMatch(text, /xx9001|xx9002|xx9003|A Headline Of Its Own/);
});

test('the tuning split report names the records with invented dates and the worst ones, to be fixed', () => {
  const text = formatReport(report('tuning'));
  assert.match(text, /xx9001_somewhere_a-story\.txt {2}meetingDate: 2020-01-02/);
  assert.match(text, /Worst records: xx9002/);
});
