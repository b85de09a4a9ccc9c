// A desk officer fixes what Briefbook misread, and never gets the same record twice because it
// arrived once as a web page and once as pasted text.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { ImportOutcome, RecordDetail, RecordSummary } from '../../electron/shared/types.ts';
import { koreanSeed, repoRoot, tempBackend, unwrap } from '../helpers/library.ts';

const corpus = join(repoRoot, 'tests', 'fixtures', 'corpus', 'records');

describe('correcting what Briefbook read from a record', () => {
  test('a corrected place and participant list are shown as corrected, survive re-reading, and revert', async () => {
    const lib = tempBackend({ seed: false });
    try {
      const [outcome] = unwrap<ImportOutcome[]>(await lib.dispatch('library.import', { paths: [koreanSeed] }));
      assert.ok(outcome?.ok);
      const id = outcome.record.id;
      const fixed = unwrap<RecordDetail>(await lib.dispatch('library.correct', { recordId: id, field: 'place', value: 'Hanoi' }));
      assert.equal(fixed.place, 'Hanoi');
      assert.deepEqual(
        fixed.corrections?.map((c) => [c.field, c.original]),
        [['place', 'guest house of the Ministry of Foreign Affairs of Viet Nam']],
      );

      const people = [
        { name: 'Kang Kyung-wha', role: 'Foreign Minister', country: 'Republic of Korea', aliases: [] },
        { name: 'Phạm Bình Minh', role: 'Deputy Prime Minister', country: 'Viet Nam', aliases: [] },
      ];
      unwrap(await lib.dispatch('library.correct', { recordId: id, field: 'participants', value: people }));
      const again = unwrap<RecordDetail>(await lib.dispatch('library.get', { id }));
      assert.equal(again.place, 'Hanoi');
      assert.equal(again.participants[1]?.key, 'pham binh minh', 'the same person as "Pham Binh Minh" in other records');
      assert.deepEqual(
        again.corrections?.map((c) => c.field),
        ['participants', 'place'],
      );
      assert.equal(unwrap<RecordSummary[]>(await lib.dispatch('library.list', {}))[0]?.place, 'Hanoi');

      const reverted = unwrap<RecordDetail>(await lib.dispatch('library.revertCorrection', { recordId: id, field: 'place' }));
      assert.equal(reverted.place, 'guest house of the Ministry of Foreign Affairs of Viet Nam');
      assert.deepEqual(
        reverted.corrections?.map((c) => c.field),
        ['participants'],
      );
    } finally {
      lib.dispose();
    }
  });

  test('a date that is not a real YYYY-MM-DD date, or an empty title, is refused in words and changes nothing', async () => {
    const lib = tempBackend({ seed: false });
    try {
      const [outcome] = unwrap<ImportOutcome[]>(await lib.dispatch('library.import', { paths: [koreanSeed] }));
      assert.ok(outcome?.ok);
      const bad = await lib.dispatch('library.correct', {
        recordId: outcome.record.id,
        field: 'meetingDate',
        value: '2020-02-30',
      });
      assert.ok(!bad.ok && bad.error.code === 'BAD_INPUT' && /date/.test(bad.error.message), JSON.stringify(bad));
      const empty = await lib.dispatch('library.correct', { recordId: outcome.record.id, field: 'title', value: '  ' });
      assert.ok(!empty.ok && empty.error.code === 'BAD_INPUT');
      const missing = await lib.dispatch('library.correct', { recordId: 'rnothere', field: 'place', value: 'Seoul' });
      assert.ok(!missing.ok && missing.error.code === 'NOT_FOUND');
      const r = unwrap<RecordDetail>(await lib.dispatch('library.get', { id: outcome.record.id }));
      assert.equal(r.meetingDate, '2020-09-18');
      assert.deepEqual(r.corrections, []);
    } finally {
      lib.dispose();
    }
  });
});

describe('the same record in two formats is stored once', () => {
  test('a saved web page, then the same release pasted as text, is recognised as a duplicate', async () => {
    const lib = tempBackend({ seed: false });
    try {
      const page = join(corpus, 'h01_mofa-kr_korea-viet-nam-fmm.html');
      const [first] = unwrap<ImportOutcome[]>(await lib.dispatch('library.import', { paths: [page] }));
      assert.ok(first?.ok && !first.duplicate);
      // The text a desk officer would paste: the source's paragraphs, straight quotes, other bullets.
      const source = readFileSync(
        join(repoRoot, 'tests', 'fixtures', 'corpus', 'make', 'sources', 'h01_mofa-kr_korea-viet-nam-fmm.txt'),
        'utf8',
      );
      const pasted = source
        .split(/\n\s*\n/)
        .slice(1)
        .join('\n\n')
        .replace(/[“”]/g, '"')
        .replace(/’/g, "'")
        .replace(/^◦/gm, '-');
      const again = unwrap<RecordSummary>(
        await lib.dispatch('library.importText', { text: `Outcome of Korea-Viet Nam Foreign Ministers' Meeting\n\n${pasted}` }),
      );
      assert.equal(again.id, first.record.id);
      assert.equal(unwrap<RecordSummary[]>(await lib.dispatch('library.list', {})).length, 1);
    } finally {
      lib.dispose();
    }
  });

  test('two different readouts of the same two ministers are both kept', async () => {
    const lib = tempBackend({ seed: false });
    try {
      const files = [
        'h03_baoquocte_son-wong-5th-fmm.html',
        'h04_nhandan_son-wong-talks.html',
        'p02_mofa-kr_kang-official-visit-vietnam.pdf',
        'p03_mofa-kr_kang-minh-seoul.pdf',
      ].map((f) => join(corpus, f));
      const outcomes = unwrap<ImportOutcome[]>(await lib.dispatch('library.import', { paths: files }));
      assert.deepEqual(
        outcomes.map((o) => o.ok && !o.duplicate),
        [true, true, true, true],
      );
    } finally {
      lib.dispose();
    }
  });
});
