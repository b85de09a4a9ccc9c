// A .briefbook comes from outside: every field is checked before anything is stored. A bad value is
// refused with a message naming the field, and the library and its books stay exactly as they were.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Book, RecordSummary } from '../../electron/shared/types.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';

type Json = Record<string, unknown> & { book: Record<string, unknown>; records: Record<string, unknown>[] };

describe('a .briefbook with bad fields is refused, naming the field, and nothing is stored', () => {
  let mine: ReturnType<typeof tempBackend>;
  let theirs: ReturnType<typeof tempBackend>;
  let good: Json;
  const counts = () =>
    theirs.db
      .prepare(
        'SELECT (SELECT count(*) FROM records) AS r, (SELECT count(*) FROM paragraphs) AS p, (SELECT count(*) FROM books) AS b',
      )
      .get();

  before(async () => {
    mine = tempBackend();
    theirs = tempBackend({ seed: false });
    const records = unwrap<RecordSummary[]>(await mine.dispatch('library.list', {}));
    const record = records.find((r) => r.title.startsWith('ROK-Viet Nam')) as RecordSummary;
    const book = unwrap<Book>(await mine.dispatch('books.create', { title: 'Visit of the Foreign Minister' }));
    unwrap(await mine.dispatch('books.addPoint', { bookId: book.id, recordId: record.id, paragraphId: '3' }));
    const file = join(mine.dir, 'good.briefbook');
    unwrap(await mine.dispatch('books.saveFile', { bookId: book.id, outPath: file }));
    good = JSON.parse(readFileSync(file, 'utf8')) as Json;
  });
  after(() => {
    mine.dispose();
    theirs.dispose();
  });

  const cases: [string, (f: Json) => void, RegExp][] = [
    [
      'a publication date of 9999-99-99',
      (f) => Object.assign(f.records[0] as object, { publishedAt: '9999-99-99' }),
      /records 1 › publishedAt: is not a real date/,
    ],
    [
      'a meeting date that is not a date',
      (f) => Object.assign(f.records[0] as object, { meetingDate: 'not a date' }),
      /records 1 › meetingDate: must be a date written as YYYY-MM-DD/,
    ],
    [
      'the language "xx-evil\\0"',
      (f) => Object.assign(f.records[0] as object, { language: 'xx-evil\0' }),
      /records 1 › language: must be a language tag/,
    ],
    [
      'a NUL in a record title',
      (f) => Object.assign(f.records[0] as object, { title: 'Talks\0' }),
      /records 1 › title: must be one line without control characters/,
    ],
    [
      'a newline in a record title',
      (f) => Object.assign(f.records[0] as object, { title: 'Talks\nand more' }),
      /records 1 › title: must be one line/,
    ],
    [
      'a newline in the book title',
      (f) => Object.assign(f.book, { title: 'Visit\nof the FM' }),
      /book › title: must be one line/,
    ],
    [
      'a line separator in a participant name',
      (f) => {
        const r = f.records[0] as { participants: { name: string }[] };
        r.participants.push({ name: 'A\u2028B', role: null, country: null, aliases: [] } as never);
      },
      /records 1 › participants \d+ › name: must be one line/,
    ],
    [
      'a NUL in a paragraph',
      (f) => {
        const r = f.records[0] as { paragraphs: { text: string }[] };
        (r.paragraphs[1] as { text: string }).text = 'the two ministers\0agreed';
      },
      /records 1 › paragraphs 2 › text: holds control characters/,
    ],
    [
      'a citation dated 2020-02-30',
      (f) => {
        const point = (f.book.sections as { points: { citation: { publishedAt: string } | null }[] }[])
          .flatMap((s) => s.points)
          .find((p) => p.citation);
        (point?.citation as { publishedAt: string }).publishedAt = '2020-02-30';
      },
      /citation › publishedAt: must be a real date/,
    ],
    [
      'a record of 20,001 paragraphs',
      (f) => {
        const r = f.records[0] as { paragraphs: unknown[] };
        r.paragraphs = Array.from({ length: 20_001 }, (_, i) => ({ id: `p${i}`, label: String(i + 1), text: 'x' }));
      },
      /records 1 › paragraphs: must hold at most 20,000 paragraphs/,
    ],
    [
      'a title of 5,000 characters',
      (f) => Object.assign(f.records[0] as object, { title: 'T'.repeat(5000) }),
      /records 1 › title: is longer than 2000 characters/,
    ],
  ];

  for (const [what, spoil, message] of cases) {
    test(`${what}: refused, and the library is unchanged`, async () => {
      const file = structuredClone(good);
      spoil(file);
      const path = join(theirs.dir, 'bad.briefbook');
      writeFileSync(path, JSON.stringify(file));
      const before = counts();
      const r = await theirs.dispatch('books.openFile', { path });
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.error.code, 'BAD_INPUT');
      assert.match(r.error.message, message);
      assert.ok(!r.error.message.includes('\n'), 'one line');
      assert.deepEqual(counts(), before);
    });
  }

  test('the same file without the damage opens', async () => {
    const path = join(theirs.dir, 'good.briefbook');
    writeFileSync(path, JSON.stringify(good));
    const r = await theirs.dispatch('books.openFile', { path });
    assert.ok(r.ok, r.ok ? '' : r.error.message);
  });
});
