// A desk officer sees what Briefbook was unsure of ("Check"), why it read each field as it did,
// confirms or corrects it, and never loses a correction when Briefbook reads the record again.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RecordDetail, RecordSummary } from '../../electron/shared/types.ts';
import { UNTITLED } from '../fixtures/stories.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';

describe('Check marks, evidence and confirmation', () => {
  test('a record without a headline is marked Check for its title, with the reason, and the Needs review filter finds it', async () => {
    const lib = tempBackend({ seed: false });
    try {
      const summary = unwrap<RecordSummary>(await lib.dispatch('library.importText', { text: UNTITLED }));
      assert.ok(summary.check?.includes('title'), `check: ${summary.check}`);
      const detail = unwrap<RecordDetail>(await lib.dispatch('library.get', { id: summary.id }));
      assert.equal(detail.evidence?.title?.check, true);
      assert.match(detail.evidence?.title?.why ?? '', /first sentence/);
      assert.equal(detail.meetingDate, '2024-05-14');
      assert.match(detail.evidence?.meetingDate?.why ?? '', /Tuesday/);
      const review = unwrap<RecordSummary[]>(await lib.dispatch('library.list', { needsReview: true }));
      assert.deepEqual(
        review.map((r) => r.id),
        [summary.id],
      );
    } finally {
      lib.dispose();
    }
  });

  test('confirming a field clears its Check mark; correcting another clears that one', async () => {
    const lib = tempBackend({ seed: false });
    try {
      const summary = unwrap<RecordSummary>(await lib.dispatch('library.importText', { text: UNTITLED }));
      const confirmed = unwrap<RecordDetail>(await lib.dispatch('library.confirm', { recordId: summary.id, field: 'title' }));
      assert.ok(!confirmed.check?.includes('title'));
      assert.deepEqual(
        confirmed.confirmations?.map((c) => c.field),
        ['title'],
      );
      const review = unwrap<RecordSummary[]>(await lib.dispatch('library.list', { needsReview: true }));
      assert.ok(review.every((r) => r.id !== summary.id || !r.check?.includes('title')));
      const bad = await lib.dispatch('library.confirm', { recordId: summary.id, field: 'colour' });
      assert.equal(bad.ok, false);
    } finally {
      lib.dispose();
    }
  });

  test('a correction survives reading the record again with the parser', async () => {
    const lib = tempBackend({ seed: false });
    try {
      const summary = unwrap<RecordSummary>(await lib.dispatch('library.importText', { text: UNTITLED }));
      unwrap(
        await lib.dispatch('library.correct', {
          recordId: summary.id,
          field: 'place',
          value: 'Lisbon, Palácio das Necessidades',
        }),
      );
      unwrap(await lib.dispatch('library.correct', { recordId: summary.id, field: 'title', value: 'Freedonia–Sylvania talks' }));
      const again = unwrap<{ reparsed: number; changed: number }>(await lib.dispatch('library.reparse', {}));
      assert.equal(again.reparsed, 1);
      const detail = unwrap<RecordDetail>(await lib.dispatch('library.get', { id: summary.id }));
      assert.equal(detail.place, 'Lisbon, Palácio das Necessidades');
      assert.equal(detail.title, 'Freedonia–Sylvania talks');
      assert.ok(!detail.check?.includes('title'));
      // Re-importing the same text is the same record: nothing read again overwrites the correction.
      const twice = unwrap<RecordSummary>(await lib.dispatch('library.importText', { text: UNTITLED }));
      assert.equal(twice.id, summary.id);
      assert.equal(twice.title, 'Freedonia–Sylvania talks');
    } finally {
      lib.dispose();
    }
  });
});

describe('a date the record barely supports', () => {
  test('is left empty and marked Check, with the guess among its evidence', async () => {
    const { resolveField } = await import('../../electron/node/library/parse/evidence.ts');
    const e = resolveField('meetingDate', [
      { field: 'meetingDate', value: '2023-03-02', source: 'body', confidence: 0.4, why: 'a date far from the publication date' },
    ]);
    assert.equal(e.value, null);
    assert.equal(e.check, true);
    assert.match(e.why, /possibly 2023-03-02/);
    assert.equal(e.candidates.length, 1);
  });
});
