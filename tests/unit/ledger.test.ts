// The commitment ledger: what each side promised in the sample records (checked against a list
// written by reading them), its status and note, the same commitment found again later, and the
// book's "Previous commitments" filled from it in one step.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Book, LastMeeting, LedgerEntry, RecordSummary, TopicTimeline } from '../../electron/shared/types.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';
import { LATER_MOFA } from './topics-corpus.ts';

const KANG = 'Kang Kyung-wha';
const MINH = 'Pham Binh Minh';
const BOTH = 'Both sides';

/** [paragraph, kind, who, the words the commitment starts with] — read off the two sample records. */
const SEED_1: [string, string, string, string][] = [
  ['2.1', 'agreed', BOTH, 'agreed to expand the horizons of bilateral partnership'],
  ['3', 'agreed', BOTH, 'agreed on the need to introduce special entry procedures'],
  ['3', 'suggested', MINH, 'suggested continuing close consultations to make a working-level agreement'],
  ['3.1', 'agreed', BOTH, 'agreed to begin by resuming the Incheon-Hanoi and Incheon-Ho Chi Minh routes'],
  ['5.1', 'agreed', BOTH, 'agreed to actively resume face-to-face high-level exchanges'],
  [
    '5.2',
    'agreed',
    BOTH,
    'agreed to conclude the bilateral social security agreement and the climate change cooperation agreement',
  ],
  ['5.3', 'will', KANG, 'will continue stepping up development cooperation with Viet Nam'],
  ['5.3', 'will', KANG, 'will support Viet Nam’s science and technology research'],
  ['6.1', 'agreed', BOTH, 'agreed to seek public-private joint research'],
  ['6.2', 'agreed', BOTH, 'agreed to further boost maritime cooperation'],
  ['7.1', 'suggested', MINH, 'suggested continuing efforts to strengthen their cooperation in ASEAN'],
  ['7.2', 'agreed', BOTH, 'agreed that the ROK and Viet Nam, the co-chairs of the Mekong-ROK Foreign Ministers’ Meeting'],
  ['7.2', 'agreed', BOTH, 'agreed to explore concrete ways of bilateral cooperation in fisheries, energy, and water resources'],
  ['8.1', 'will', MINH, 'will continue efforts to help achieve denuclearization'],
  ['9', 'will', BOTH, 'will meet again to co-chair the 10th Mekong-ROK Foreign Ministers’ Meeting'],
];
const SEED_2: [string, string, string, string][] = [
  ['4', 'proposed', 'Son', 'proposes to organize the ASEAN – RoK Exchange Day'],
  ['6', 'suggested', 'Son', 'suggested the two sides maintain dialogues, build trust, respect international law'],
  [
    '8',
    'suggested',
    "Deputy Foreign Minister, Head of the RoK's ASEAN SOM",
    'suggested the two sides continue to support Korean businesses',
  ],
];

describe('the commitment ledger', () => {
  let lib: ReturnType<typeof tempBackend>;
  let seed1: string;
  let seed2: string;
  let later: string;
  const ledger = async (input = {}) => unwrap<LedgerEntry[]>(await lib.dispatch('ledger.list', input));

  before(async () => {
    lib = tempBackend();
    for (const r of unwrap<RecordSummary[]>(await lib.dispatch('library.list', {}))) {
      if (r.title.startsWith('ROK-Viet Nam')) seed1 = r.id;
      else seed2 = r.id;
    }
  });
  after(() => lib.dispose());

  test('the commitments in both sample records are exactly the ones a reader finds', async () => {
    const all = await ledger();
    for (const [recordId, expected] of [
      [seed1, SEED_1],
      [seed2, SEED_2],
    ] as const) {
      const found = all.filter((e) => e.recordId === recordId);
      assert.equal(
        found.length,
        expected.length,
        `${recordId}: ${found.map((e) => `${e.label} ${e.what.slice(0, 40)}`).join(' | ')}`,
      );
      expected.forEach(([label, kind, who, start], i) => {
        const e = found[i] as LedgerEntry;
        assert.equal(e.label, label);
        assert.equal(e.kind, kind, `${label} kind`);
        assert.equal(e.who, who, `${label} who`);
        assert.ok(e.what.startsWith(start), `${label}: “${e.what}” should start “${start}”`);
        assert.equal(e.date, recordId === seed1 ? '2020-09-18' : null);
        assert.equal(e.status, 'open');
      });
    }
    const kang = all.find((e) => e.who === KANG);
    assert.equal(kang?.whoCountry, 'Republic of Korea');
    assert.equal(all.find((e) => e.who === MINH)?.whoCountry, 'Viet Nam');
  });

  test('the desk officer sets a status and a note; they stay', async () => {
    const entry = (await ledger()).find((e) => e.label === '5.2') as LedgerEntry;
    unwrap(
      await lib.dispatch('ledger.update', {
        id: entry.id,
        status: 'in-progress',
        note: 'Signed in principle; ratification pending.',
      }),
    );
    const again = (await ledger({ status: 'in-progress' }))[0];
    assert.equal(again?.id, entry.id);
    assert.equal(again?.note, 'Signed in principle; ratification pending.');
    const bad = await lib.dispatch('ledger.update', { id: entry.id, status: 'finished' });
    assert.equal(!bad.ok && bad.error.code, 'BAD_INPUT');
    const missing = await lib.dispatch('ledger.update', { id: 'cnope', status: 'done' });
    assert.equal(!missing.ok && missing.error.code, 'NOT_FOUND');
  });

  test('a commitment that comes up again in a later record is linked to the earlier one', async () => {
    later = unwrap<RecordSummary>(await lib.dispatch('library.importText', LATER_MOFA)).id;
    const entries = await ledger({ counterpart: 'Vietnam' });
    const again = entries.find((e) => e.recordId === later && e.what.startsWith('agreed to conclude'));
    const first = entries.find((e) => e.recordId === seed1 && e.label === '5.2');
    assert.equal(again?.previous?.id, first?.id);
    assert.ok((again?.previous?.similarity ?? 0) >= 0.5);
    assert.deepEqual(
      first?.later.map((l) => l.id),
      [again?.id],
    );
    // Unrelated commitments are not linked.
    assert.equal(entries.find((e) => e.recordId === later && e.kind === 'will')?.previous, null);
  });

  test('"Previous commitments" is filled from the ledger in one step, each point citing its paragraph', async () => {
    const book = unwrap<Book>(await lib.dispatch('books.create', { title: 'Visit of the Foreign Minister of Viet Nam' }));
    const dropped = (await ledger()).find((e) => e.label === '6.1') as LedgerEntry;
    unwrap(await lib.dispatch('ledger.update', { id: dropped.id, status: 'dropped' }));
    const { book: filled, added } = unwrap<{ book: Book; added: number }>(
      await lib.dispatch('ledger.fillBook', { bookId: book.id, counterpart: 'Viet Nam' }),
    );
    const points = filled.sections.find((s) => s.key === 'commitments')?.points ?? [];
    assert.equal(points.length, added);
    // All commitments with Viet Nam, less the dropped one and the earlier occurrence that came up again.
    assert.equal(added, SEED_1.length + SEED_2.length + 2 - 2);
    assert.ok(points.every((p) => p.citation !== null));
    const ss = points.find((p) => p.text.includes('social security'));
    assert.equal(ss?.citation?.recordId, later);
    assert.match(
      points.find((p) => p.citation?.label === '5.3')?.text ?? '',
      /^Kang Kyung-wha will continue stepping up development cooperation/,
    );
    assert.ok(!points.some((p) => p.citation?.paragraphId === dropped.paragraphId));
    // A second fill adds nothing twice.
    const second = unwrap<{ added: number }>(await lib.dispatch('ledger.fillBook', { bookId: book.id, counterpart: 'Viet Nam' }));
    assert.equal(second.added, 0);
  });

  test('the last meeting with Viet Nam: both sides’ records of it and what was agreed', async () => {
    const last = unwrap<LastMeeting>(await lib.dispatch('topics.lastMeeting', { counterpart: 'Vietnam' }));
    assert.equal(last.meeting?.date, '2021-03-03');
    assert.deepEqual(
      last.meeting?.records.map((r) => r.recordId),
      [later],
    );
    assert.ok(last.agreed.some((e) => e.what.startsWith('agreed to conclude the bilateral social security agreement')));
  });

  test('the topic timeline puts our side and their side of each meeting apart', async () => {
    const timeline = unwrap<TopicTimeline>(await lib.dispatch('topics.timeline', { topic: 'SCS', counterpart: 'Vietnam' }));
    assert.equal(timeline.topic.id, 'south-china-sea');
    const sides = timeline.meetings.flatMap((m) => m.records.map((r) => [r.recordId, r.side]));
    assert.deepEqual(sides, [
      [seed1, 'ours'],
      [seed2, 'theirs'],
    ]);
    assert.deepEqual(
      timeline.meetings[0]?.records[0]?.paragraphs.map((p) => p.label),
      ['8', '8.2'],
    );
  });
});
