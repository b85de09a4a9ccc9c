// Every read is bounded before it happens: a device, a pipe, a folder or a file over its limit is
// refused from its stat alone, in one line, and a file that turns out longer than it said is cut off
// at the limit, never read whole.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { readFileBounded } from '../../electron/node/read-file.ts';
import { MAX_BOOK_FILE_BYTES, MAX_IMPORT_BYTES } from '../../electron/shared/limits.ts';
import { repoRoot } from '../helpers/library.ts';
import { assertWithinBound, runChild, scratch } from './helpers.ts';

const unix = process.platform !== 'win32';

describe('reading a file the user named never takes more than its limit', () => {
  const s = scratch();
  after(() => s.dispose());

  test('/dev/zero, imported as a record or opened as a book, is refused at once as a device', { skip: !unix }, () => {
    for (const kind of ['import', 'book'] as const) {
      const r = runChild(kind, join(s.dir, `lib-${kind}`), '/dev/zero');
      assert.equal(r.ok, false);
      assert.match(r.message ?? '', /is a device, not a file/);
      assertWithinBound(r);
      assert.ok(r.peakMB < 300, `a device is never read (${r.peakMB} MB)`);
    }
  });

  test('a pipe with no writer is refused without being opened, so nothing hangs', { skip: !unix }, () => {
    const fifo = s.path('readout.txt');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    for (const kind of ['import', 'book'] as const) {
      const r = runChild(kind, join(s.dir, `lib-fifo-${kind}`), fifo);
      assert.match(r.message ?? '', /is a pipe, not a file/);
      assertWithinBound(r);
    }
  });

  test('a folder is not a file', () => {
    const folder = s.path('minutes.briefbook');
    mkdirSync(folder);
    const r = runChild('book', join(s.dir, 'lib-folder'), folder);
    assert.match(r.message ?? '', /is a folder, not a file/);
    assertWithinBound(r);
  });

  test('a 1.9 GB .briefbook and a 26 MB record are refused from their size, unread', () => {
    const book = s.path('huge.briefbook');
    writeFileSync(book, '{');
    truncateSync(book, 1900 * 1024 * 1024); // sparse: nothing like 1.9 GB is written
    const record = s.path('huge.txt');
    writeFileSync(record, 'x');
    truncateSync(record, MAX_IMPORT_BYTES + 1024 * 1024);
    const b = runChild('book', join(s.dir, 'lib-huge-book'), book);
    assert.match(b.message ?? '', /larger than 50 MB/);
    assertWithinBound(b);
    assert.ok(b.peakMB < 300, `the book was not read (${b.peakMB} MB)`);
    const r = runChild('import', join(s.dir, 'lib-huge-record'), record);
    assert.equal(r.code, 'IMPORT_TOO_LARGE');
    assert.match(r.message ?? '', /26\.0 MB; Briefbook imports records of up to 25 MB/);
    assertWithinBound(r);
  });

  test('a file longer than its stat says (as it grows while read) is cut off one byte past the limit', {
    skip: process.platform !== 'linux',
  }, () => {
    // /proc files say they are empty and then give their text: a file that grew after its stat.
    const grown = readFileBounded('/proc/self/status', 16);
    assert.deepEqual(grown, { ok: false, problem: 'too-large', size: 17 });
    const whole = readFileBounded('/proc/self/status', 1024 * 1024);
    assert.ok(whole.ok && whole.bytes.length > 16, 'within the limit it is read whole');
  });

  test('the CLI says what is wrong with `book open /dev/zero` in one line, and stops', { skip: !unix }, () => {
    const r = spawnSync(
      process.execPath,
      [join(repoRoot, 'bin', 'briefbook.mjs'), 'book', 'open', '/dev/zero', '--data', s.path('cli')],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    assert.equal(r.signal, null);
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /zero” is a device, not a file/);
  });

  test('the limits are the ones the API and the browser host use', () => {
    assert.equal(MAX_IMPORT_BYTES, 25 * 1024 * 1024);
    assert.equal(MAX_BOOK_FILE_BYTES, 50 * 1024 * 1024);
  });
});
