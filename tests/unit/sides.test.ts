// Sides are countries, whichever desk this is: the desk's own country (a setting, asked on first
// run), a book's principal and counterpart, and the record's participants decide who is "we".
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { draftTalkingPoint } from '../../electron/node/books/drafting.ts';
import type { Book, DeskSettings, RecordDetail, RecordSummary, TopicTimeline } from '../../electron/shared/types.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';

const US_RECORD = `Secretary Blinken's Meeting with Japanese Foreign Minister Kamikawa

Office of the Spokesperson, U.S. Department of State
April 2, 2024

Secretary of State Antony J. Blinken met with Japanese Foreign Minister Yoko Kamikawa in Washington today.

Secretary Blinken said the United States would continue to work with Japan on climate change.

Foreign Minister Kamikawa said that Japan would increase its climate finance for the Pacific islands.`;

const UK_RECORD = `Foreign Secretary meets Chinese Foreign Minister Wang Yi

Foreign, Commonwealth and Development Office
Published 14 March 2024

1. Foreign Secretary David Lammy met Foreign Minister of China Wang Yi in London on 13 March 2024.

2. Foreign Minister Wang said that China would expand cooperation with the United Kingdom on climate finance.

3. The Foreign Secretary said that the UK would continue to raise human rights in Xinjiang.`;

type Lib = ReturnType<typeof tempBackend>;
const call = async <T>(lib: Lib, method: string, input: unknown) => unwrap<T>(await lib.dispatch(method, input));

async function importText(lib: Lib, text: string): Promise<RecordDetail> {
  const summary = await call<RecordSummary>(lib, 'library.importText', { text });
  return call<RecordDetail>(lib, 'library.get', { id: summary.id });
}

/** Drafts the record's paragraph `label` in the book and answers the drafted wording. */
async function draft(lib: Lib, book: Book, record: RecordDetail, label: string): Promise<string> {
  let b = await call<Book>(lib, 'books.addPoint', { bookId: book.id, recordId: record.id, paragraphId: label });
  const point = b.sections.find((s) => s.key === 'talking-points')?.points.at(-1);
  b = await call<Book>(lib, 'books.draftPoint', { bookId: book.id, pointId: point?.id });
  return b.sections.find((s) => s.key === 'talking-points')?.points.find((p) => p.id === point?.id)?.text ?? '';
}

describe('drafting for any desk', () => {
  test('a US book drafts "We will…" from "Secretary Blinken said the United States would…"', () => {
    assert.equal(
      draftTalkingPoint('Secretary Blinken said the United States would continue to support Ukraine.', {
        principalSide: 'United States',
      }),
      'We will continue to support Ukraine.',
    );
    // The US government, the American side and the United States as an object are ours too.
    assert.equal(
      draftTalkingPoint(
        'Secretary Blinken said that the US government would work with Japan, and that Japan could count on the United States.',
        { principalSide: 'US' },
      ),
      'We will work with Japan, and that Japan could count on us.',
    );
  });

  test('the counterpart named in the book is reported, whatever its country', () => {
    const opts = { principalSide: 'Japan', counterpart: 'Secretary of State Antony Blinken' };
    assert.equal(
      draftTalkingPoint('Secretary Blinken said the United States would deepen cooperation with Japan.', opts),
      'We note that the United States will deepen cooperation with us.',
    );
    // "She" is the last speaker: the principal named in the book.
    assert.equal(
      draftTalkingPoint('Foreign Minister Kamikawa welcomed the visit. She stressed that Japan would host the next round.', {
        ...opts,
        principal: 'Foreign Minister Yoko Kamikawa',
      }),
      'We welcome the visit. We will host the next round.',
    );
  });
});

describe('the desk’s country and the sides of a book', () => {
  let lib: Lib;
  before(() => {
    lib = tempBackend({ seed: false });
  });
  after(() => lib.dispose());

  test('the setting starts empty (first run), takes any name of a country, and refuses an unknown one', async () => {
    const first = await call<DeskSettings>(lib, 'settings.get', {});
    assert.equal(first.country, null);
    assert.ok(first.countries.includes('Japan') && first.countries.includes('United Kingdom'));
    const set = await call<DeskSettings>(lib, 'settings.set', { country: 'the UK' });
    assert.equal(set.country, 'United Kingdom');
    assert.equal((await call<DeskSettings>(lib, 'settings.get', {})).country, 'United Kingdom');
    const bad = await lib.dispatch('settings.set', { country: 'Atlantis' });
    assert.equal(bad.ok, false);
    assert.equal(!bad.ok && bad.error.code, 'BAD_INPUT');
    assert.match(!bad.ok ? bad.error.message : '', /does not know the country “Atlantis”/);
    const empty = await lib.dispatch('settings.set', { country: '  ' });
    assert.match(!empty.ok ? empty.error.message : '', /country must name a country/);
  });

  test('the desk country set on first run is used for a new book', async () => {
    await call(lib, 'settings.set', { country: 'United States' });
    let record = await importText(lib, US_RECORD);
    // The readout is the State Department's (the desk officer says so in the Reader).
    record = await call<RecordDetail>(lib, 'library.correct', {
      recordId: record.id,
      field: 'publisher',
      value: 'U.S. Department of State',
    });
    const book = await call<Book>(lib, 'books.create', { title: 'Visit of the Foreign Minister of Japan' });
    assert.equal(book.principal, null);
    const blinken = record.paragraphs.find((p) => p.text.startsWith('Secretary Blinken said'));
    const kamikawa = record.paragraphs.find((p) => p.text.startsWith('Foreign Minister Kamikawa'));
    assert.ok(blinken && kamikawa);
    assert.equal(await draft(lib, book, record, blinken.label), 'We will continue to work with Japan on climate change.');
    // Kamikawa is a participant from Japan: her words stay hers.
    assert.equal(
      await draft(lib, book, record, kamikawa.label),
      'We note that Japan will increase its climate finance for the Pacific islands.',
    );
  });

  test('a UK desk’s counterpart’s words stay theirs', async () => {
    await call(lib, 'settings.set', { country: 'United Kingdom' });
    const record = await importText(lib, UK_RECORD);
    let book = await call<Book>(lib, 'books.create', { title: 'Talks with China' });
    book = await call<Book>(lib, 'books.update', { id: book.id, patch: { counterpart: 'Foreign Minister Wang Yi' } });
    assert.equal(await draft(lib, book, record, '2'), 'We note that China will expand cooperation with us on climate finance.');
    assert.equal(await draft(lib, book, record, '3'), 'We will continue to raise human rights in Xinjiang.');
  });

  test('the same record drafted for a Chinese desk speaks for China', async () => {
    await call(lib, 'settings.set', { country: 'Chinese' });
    const detail = await importText(lib, UK_RECORD);
    const book = await call<Book>(lib, 'books.create', { title: 'Visit of the Foreign Secretary' });
    assert.equal(await draft(lib, book, detail, '2'), 'We will expand cooperation with the United Kingdom on climate finance.');
    assert.equal(await draft(lib, book, detail, '3'), 'We note that the UK will continue to raise human rights in Xinjiang.');
  });

  test('a Japanese desk sees its own minister’s paragraphs in the our-side column', async () => {
    await call(lib, 'settings.set', { country: 'Japan' });
    const counterparts = await call<{ home: string | null }>(lib, 'topics.counterparts', {});
    assert.equal(counterparts.home, 'Japan');
    const timeline = await call<TopicTimeline>(lib, 'topics.timeline', { topic: 'climate', counterpart: 'United States' });
    const record = timeline.meetings.flatMap((m) => m.records).find((r) => r.title.startsWith('Secretary Blinken'));
    assert.ok(record, 'the State Department’s readout is on the timeline');
    assert.equal(record.side, 'theirs', 'published by the State Department');
    const sides = Object.fromEntries(record.paragraphs.map((p) => [p.text.split(' said')[0], p.side]));
    assert.deepEqual(sides, { 'Secretary Blinken': 'theirs', 'Foreign Minister Kamikawa': 'ours' });
  });
});

describe('a Korean desk and a Korean book, as before', () => {
  let lib: Lib;
  before(() => {
    lib = tempBackend();
  });
  after(() => lib.dispose());

  test('set through the setting, with no principal in the book', async () => {
    await call(lib, 'settings.set', { country: 'ROK' });
    const records = await call<RecordSummary[]>(lib, 'library.list', {});
    const record = await call<RecordDetail>(lib, 'library.get', { id: records.find((r) => r.title.startsWith('ROK'))?.id });
    const book = await call<Book>(lib, 'books.create', { title: 'Visit of the Foreign Minister of Viet Nam' });
    assert.match(await draft(lib, book, record, '5.3'), /^We will continue to step up development cooperation with Viet Nam/);
    const minh = record.paragraphs.find((p) => /Minh said that his country would/.test(p.text));
    assert.ok(minh, 'Minh’s paragraph');
    assert.match(await draft(lib, book, record, minh.label), /We note that Viet Nam will/);
  });

  test('and the Vietnamese desk drafts the same record in Viet Nam’s voice', async () => {
    await call(lib, 'settings.set', { country: 'Vietnam' });
    const records = await call<RecordSummary[]>(lib, 'library.list', {});
    const record = await call<RecordDetail>(lib, 'library.get', { id: records.find((r) => r.title.startsWith('ROK'))?.id });
    const book = await call<Book>(lib, 'books.create', { title: 'Visit of the Foreign Minister of Korea' });
    assert.match(
      await draft(lib, book, record, '5.3'),
      /^We note that the ROK will continue to step up development cooperation with us .*We note that the ROK will support our science/,
    );
  });
});

describe('a principal the people directory knows', () => {
  test('speaks for their own country, even on another desk and with a record that does not name them', async () => {
    const { bookSides } = await import('../../electron/node/books/sides.ts');
    const lib = tempBackend({ seed: false });
    try {
      await call(lib, 'settings.set', { country: 'ROK' });
      await importText(lib, US_RECORD); // the directory learns Yoko Kamikawa of Japan
      const sides = bookSides(lib.db, { principal: 'Foreign Minister Yoko Kamikawa', counterpart: null }, []);
      assert.equal(sides.ours, 'Japan');
    } finally {
      lib.dispose();
    }
  });
});
