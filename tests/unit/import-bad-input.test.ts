// A desk officer drops a mixed batch on Briefbook: every bad file gets a reason in plain words,
// the good records in the same batch still import, and nothing half-stored is left behind.

import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ImportOutcome, RecordDetail } from '../../electron/shared/types.ts';
import { repoRoot, tempBackend, unwrap } from '../helpers/library.ts';

const bad = join(repoRoot, 'tests', 'fixtures', 'bad');
const formats = join(repoRoot, 'tests', 'fixtures', 'formats');
const name = (o: ImportOutcome) => o.file.split(/[\\/]/).pop() ?? o.file;

describe('bad input in an import batch', () => {
  let lib: ReturnType<typeof tempBackend>;
  const rows = () =>
    lib.db
      .prepare(
        'SELECT (SELECT count(*) FROM records) AS r, (SELECT count(*) FROM paragraphs) AS p, (SELECT count(*) FROM paragraph_index) AS i',
      )
      .get() as {
      r: number;
      p: number;
      i: number;
    };

  before(() => {
    lib = tempBackend({ seed: false });
  });
  after(() => lib.dispose());

  test('each bad file says what is wrong, and the good records around them still import', async () => {
    const huge = join(lib.dir, 'huge-minutes.docx');
    writeFileSync(huge, 'x');
    truncateSync(huge, 26 * 1024 * 1024); // sparse: nothing like 26 MB is written
    const good = join(formats, 'ambassador-readout.pdf');
    const files = [
      join(bad, 'empty.txt'),
      join(bad, 'binary.txt'),
      good,
      join(bad, 'not-a-word-file.docx'),
      join(bad, 'scanned.pdf'),
      join(bad, 'encrypted.pdf'),
      join(bad, 'damaged.pdf'),
      huge,
      join(bad, 'truncated.docx'),
      join(bad, 'zip-bomb.docx'),
      join(formats, 'joint-committee-minutes.docx'),
    ];
    const before = rows();
    const outcomes = unwrap<ImportOutcome[]>(await lib.dispatch('library.import', { paths: files }));
    const result = Object.fromEntries(outcomes.map((o) => [name(o), o.ok ? 'imported' : o.error.code]));
    assert.deepEqual(result, {
      'empty.txt': 'IMPORT_EMPTY',
      'binary.txt': 'IMPORT_BINARY',
      'ambassador-readout.pdf': 'imported',
      'not-a-word-file.docx': 'IMPORT_BINARY',
      'scanned.pdf': 'IMPORT_NO_TEXT',
      'encrypted.pdf': 'IMPORT_ENCRYPTED',
      'damaged.pdf': 'IMPORT_DAMAGED',
      'huge-minutes.docx': 'IMPORT_TOO_LARGE',
      'truncated.docx': 'IMPORT_DAMAGED',
      'zip-bomb.docx': 'IMPORT_UNSAFE',
      'joint-committee-minutes.docx': 'imported',
    });
    const message = (file: string) => {
      const o = outcomes.find((x) => name(x) === file);
      return o && !o.ok ? o.error.message : '';
    };
    // Every message names the file and says, in words, what it is.
    for (const o of outcomes) if (!o.ok) assert.ok(o.error.message.includes(name(o)), o.error.message);
    assert.match(message('scanned.pdf'), /scanned PDF without a text layer/);
    assert.match(message('encrypted.pdf'), /protected with a password/);
    assert.match(message('huge-minutes.docx'), /26\.0 MB; Briefbook imports records of up to 25 MB/);
    assert.match(message('zip-bomb.docx'), /unpacks to .* GB/);
    assert.match(message('truncated.docx'), /damaged Word document/);
    assert.match(message('not-a-word-file.docx'), /named like a \.docx file but is a picture/);

    // Only the two good records were stored, each whole: its paragraphs and their index entries.
    const stored = outcomes.filter((o): o is Extract<ImportOutcome, { ok: true }> => o.ok);
    let paragraphs = 0;
    for (const o of stored)
      paragraphs += unwrap<RecordDetail>(await lib.dispatch('library.get', { id: o.record.id })).paragraphs.length;
    const afterRows = rows();
    assert.equal(afterRows.r - before.r, 2);
    assert.equal(afterRows.p - before.p, paragraphs);
    assert.equal(afterRows.i - before.i, paragraphs);
  });

  test('text in Windows-1252, EUC-KR and UTF-16 arrives with every letter intact', async () => {
    const paths = ['windows-1252.txt', 'euc-kr.txt', 'utf-16.txt'].map((f) => join(bad, f));
    const outcomes = unwrap<ImportOutcome[]>(await lib.dispatch('library.import', { paths }));
    const texts: string[] = [];
    for (const o of outcomes) {
      assert.ok(o.ok, JSON.stringify(o));
      texts.push(
        unwrap<RecordDetail>(await lib.dispatch('library.get', { id: o.record.id }))
          .paragraphs.map((p) => p.text)
          .join('\n'),
      );
    }
    assert.match(texts[0] ?? '', /minister’s visit to the café/);
    assert.match(texts[1] ?? '', /외교부 장관은 베트남 외교장관과 회담했다/);
    assert.match(texts[2] ?? '', /Phạm Bình Minh đã tiếp Đại sứ Hàn Quốc/);
  });

  test('a file with the wrong extension is read as what it really is', async () => {
    const [outcome] = unwrap<ImportOutcome[]>(
      await lib.dispatch('library.import', {
        paths: [join(bad, 'wrong-extension.pdf')],
      }),
    );
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    const record = unwrap<RecordDetail>(await lib.dispatch('library.get', { id: outcome.record.id }));
    assert.equal(record.title, 'Deputy ministers hold strategic dialogue');
    assert.deepEqual(
      record.paragraphs.map((p) => p.label),
      ['1', '2'],
    );
  });

  test('malformed HTML imports the text it holds, with no tag left in it', async () => {
    const [outcome] = unwrap<ImportOutcome[]>(
      await lib.dispatch('library.import', {
        paths: [join(bad, 'malformed.html')],
      }),
    );
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    const record = unwrap<RecordDetail>(await lib.dispatch('library.get', { id: outcome.record.id }));
    const text = record.paragraphs.map((p) => p.text).join('\n');
    assert.match(text, /met the delegation of the National Assembly on Tuesday morning/);
    assert.match(text, /thanked the Ministry for its hospitality/);
    assert.doesNotMatch(text, /<|>/);
  });

  test('a hostile web page imports as harmless text: no script, handler, javascript: link or SVG survives', async () => {
    const [outcome] = unwrap<ImportOutcome[]>(
      await lib.dispatch('library.import', {
        paths: [join(bad, 'malicious.html')],
      }),
    );
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    const record = unwrap<RecordDetail>(await lib.dispatch('library.get', { id: outcome.record.id }));
    const stored = JSON.stringify(record);
    for (const bad of ['<', 'script', 'alert', 'javascript', 'onerror', 'onclick', 'evil.example', 'SVG TEXT', 'NOSCRIPT']) {
      assert.ok(!stored.includes(bad), `${bad} survived: ${stored}`);
    }
    assert.deepEqual(
      record.paragraphs.map((p) => p.text),
      [
        'The consular authorities of the two countries met in Da Nang on 3 May 2022.',
        'They agreed to open a new visa centre in Da Nang before the end of the year.',
        'The next round of talks will take place in Busan.',
      ],
    );
  });

  test('browser uploads get the same checks: a file over 25 MB and a nameless file are refused in words', async () => {
    const big = Buffer.alloc(25 * 1024 * 1024 + 1, 0x61).toString('base64');
    const outcomes = unwrap<ImportOutcome[]>(
      await lib.dispatch('library.importData', {
        files: [
          { name: 'big.txt', base64: big },
          {
            name: 'scanned.pdf',
            base64: readFileSync(join(bad, 'scanned.pdf')).toString('base64'),
          },
          {
            name: 'readout.html',
            base64: readFileSync(join(bad, 'wrong-extension.pdf')).toString('base64'),
          },
        ],
      }),
    );
    assert.deepEqual(
      outcomes.map((o) => [o.file, o.ok ? 'imported' : o.error.code]),
      [
        ['big.txt', 'IMPORT_TOO_LARGE'],
        ['scanned.pdf', 'IMPORT_NO_TEXT'],
        ['readout.html', 'imported'],
      ],
    );
    const nameless = await lib.dispatch('library.importData', {
      files: [{ name: ' ', base64: 'aGVsbG8=' }],
    });
    assert.equal(!nameless.ok && nameless.error.code, 'BAD_INPUT');
    assert.match(!nameless.ok ? nameless.error.message : '', /files\.0\.name is missing/);
  });

  test('a library is untouched by a batch of nothing but bad files', async () => {
    const before = rows();
    const copy = join(lib.dir, 'copy-of-encrypted.pdf');
    copyFileSync(join(bad, 'encrypted.pdf'), copy);
    const outcomes = unwrap<ImportOutcome[]>(
      await lib.dispatch('library.import', {
        paths: [copy, join(bad, 'zip-bomb.docx'), join(bad, 'empty.txt')],
      }),
    );
    assert.ok(outcomes.every((o) => !o.ok));
    assert.deepEqual(rows(), before);
  });
});
