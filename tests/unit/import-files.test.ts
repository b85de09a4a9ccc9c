import assert from 'node:assert/strict';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ImportOutcome, RecordDetail, RecordSummary } from '../../electron/shared/types.ts';
import { koreanSeed, tempBackend, unwrap, vietnameseSeed } from '../helpers/library.ts';

describe('importing record files', () => {
  let lib: ReturnType<typeof tempBackend>;
  const dir = () => lib.dir;
  const count = () =>
    (lib.db.prepare('SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM paragraphs) AS n').get() as { n: number }).n;

  before(() => {
    lib = tempBackend({ seed: false });
  });
  after(() => lib.dispose());

  test('both seed records import; a second import is recognised as the same record', async () => {
    const first = unwrap<ImportOutcome[]>(
      await lib.dispatch('library.import', {
        paths: [koreanSeed, vietnameseSeed],
      }),
    );
    assert.deepEqual(
      first.map((o) => o.ok && o.duplicate),
      [false, false],
    );
    const again = unwrap<ImportOutcome[]>(await lib.dispatch('library.import', { paths: [koreanSeed] }));
    assert.equal(again[0]?.ok && again[0].duplicate, true);
    assert.equal(unwrap<RecordSummary[]>(await lib.dispatch('library.list', {})).length, 2);
  });

  test('bad files each get a clear reason, and the good file in the same batch still imports', async () => {
    const files = {
      empty: join(dir(), 'empty.txt'),
      blank: join(dir(), 'blank.txt'),
      binary: join(dir(), 'photo.txt'),
      pdf: join(dir(), 'minutes.pdf'),
      huge: join(dir(), 'huge.txt'),
      missing: join(dir(), 'missing.txt'),
      good: join(dir(), 'good.md'),
    };
    writeFileSync(files.empty, '');
    writeFileSync(files.blank, '  \n\n \t \n');
    writeFileSync(files.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
    writeFileSync(files.pdf, '%PDF-1.7\n');
    writeFileSync(files.huge, 'x');
    truncateSync(files.huge, 26 * 1024 * 1024); // sparse: no 26 MB actually written
    writeFileSync(
      files.good,
      'Hanoi, 5 March 2021\n\nThe two ministers agreed to reopen consular services.\n\nThey will meet again in May.',
    );
    const before = count();
    const outcomes = unwrap<ImportOutcome[]>(await lib.dispatch('library.import', { paths: Object.values(files) }));
    const codes = Object.fromEntries(outcomes.map((o) => [o.file.split('/').pop(), o.ok ? 'ok' : o.error.code]));
    assert.deepEqual(codes, {
      'empty.txt': 'IMPORT_EMPTY',
      'blank.txt': 'IMPORT_EMPTY',
      'photo.txt': 'IMPORT_BINARY',
      'minutes.pdf': 'IMPORT_DAMAGED',
      'huge.txt': 'IMPORT_TOO_LARGE',
      'missing.txt': 'IMPORT_UNREADABLE',
      'good.md': 'ok',
    });
    for (const o of outcomes)
      if (!o.ok) assert.match(o.error.message, new RegExp(o.file.split('/').pop()?.replace('.', '\\.') ?? ''));
    const good = outcomes.find((o) => o.ok);
    assert.ok(good?.ok);
    const record = unwrap<RecordDetail>(await lib.dispatch('library.get', { id: good.record.id }));
    assert.equal(record.paragraphs.length + 1, count() - before);
  });

  test('text in legacy encodings arrives intact (UTF-16, EUC-KR, Windows-1252)', async () => {
    const cases: [string, Buffer, string][] = [
      [
        'utf16.txt',
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from('Bộ trưởng Phạm Bình Minh met the delegation.\n\nThey agreed to meet again.', 'utf16le'),
        ]),
        'Phạm Bình Minh',
      ],
      [
        'euckr.txt',
        Buffer.from(
          new Uint8Array([
            0xbf, 0xdc, 0xb1, 0xb3, 0xba, 0xce, 0x20, 0xc0, 0xe5, 0xb0, 0xfc, 0xc0, 0xcc, 0x20, 0xc8, 0xb8, 0xb4, 0xe3, 0xc7,
            0xdf, 0xb4, 0xd9, 0x2e,
          ]),
        ),
        '외교부 장관이 회담했다.',
      ],
      [
        'cp1252.txt',
        Buffer.from(
          [...Buffer.from('The minister\u2019s caf'), 0xe9, ...Buffer.from(' meeting was cordial.')].map((b) =>
            b === 0x2019 ? 0x92 : b,
          ),
        ),
        'café',
      ],
    ];
    // Windows-1252 encodes ’ as 0x92; build that file byte by byte.
    cases[2] = [
      'cp1252.txt',
      Buffer.from([...Buffer.from('The minister'), 0x92, ...Buffer.from('s caf'), 0xe9, ...Buffer.from(' meeting was cordial.')]),
      'minister’s café',
    ];
    for (const [name, bytes, expected] of cases) {
      const path = join(dir(), name);
      writeFileSync(path, bytes);
      const [outcome] = unwrap<ImportOutcome[]>(await lib.dispatch('library.import', { paths: [path] }));
      assert.ok(outcome?.ok, `${name}: ${JSON.stringify(outcome)}`);
      const record = unwrap<RecordDetail>(await lib.dispatch('library.get', { id: outcome.record.id }));
      assert.ok(
        record.paragraphs.some((p) => p.text.includes(expected)),
        `${name}: ${JSON.stringify(record.paragraphs)}`,
      );
    }
  });

  test('pasted text imports as a record; empty pasted text is refused', async () => {
    const record = unwrap<RecordSummary>(
      await lib.dispatch('library.importText', {
        text: 'Seoul, 2 April 2021\n\nThe ministers discussed vaccines.',
      }),
    );
    assert.equal(record.paragraphCount >= 1, true);
    const empty = await lib.dispatch('library.importText', { text: '   ' });
    assert.equal(!empty.ok && empty.error.code, 'IMPORT_EMPTY');
  });

  test('a folder imports the text files inside it', async () => {
    const { mkdirSync } = await import('node:fs');
    const folder = join(dir(), 'folder');
    mkdirSync(join(folder, 'inner'), { recursive: true });
    writeFileSync(join(folder, 'a.txt'), 'The ministers agreed to hold talks on fisheries.');
    writeFileSync(join(folder, 'inner', 'b.md'), 'The two sides will open a new consulate in Da Nang.');
    writeFileSync(join(folder, 'photo.jpg'), 'not a record');
    writeFileSync(join(folder, '.hidden.txt'), 'The ministers met in secret.');
    const outcomes = unwrap<ImportOutcome[]>(await lib.dispatch('library.import', { paths: [folder] }));
    assert.deepEqual(
      outcomes.map((o) => [o.file.split('/').pop(), o.ok]),
      [
        ['a.txt', true],
        ['b.md', true],
      ],
    );
  });
});
