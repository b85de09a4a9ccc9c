import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createHostPlatform } from '../../electron/node/platform/host.ts';
import { createBackend } from '../../electron/node/rpc/backend.ts';
import type { Result } from '../../electron/shared/errors.ts';
import type { Book, BookFileResult, ImportOutcome } from '../../electron/shared/types.ts';
import { koreanSeed, tempBackend, tempDir, unwrap } from '../helpers/library.ts';

function refused(result: Result<unknown>, code: string, message: RegExp) {
  assert.equal(result.ok, false, JSON.stringify(result).slice(0, 300));
  if (result.ok) return;
  assert.equal(result.error.code, code, result.error.message);
  assert.match(result.error.message, message);
  assert.doesNotMatch(result.error.message, /[\n\r\0]/, 'the message is one line');
}

describe('file names and paths a desk officer types get clear answers, never INTERNAL', () => {
  const lib = tempBackend({ seed: false });
  after(() => lib.dispose());

  test('saving a book to a name with NUL or a line break, or a name longer than 255 bytes, is refused in words', async () => {
    const book = unwrap<Book>(await lib.dispatch('books.create', { title: 'Names' }));
    refused(
      await lib.dispatch('books.saveFile', { bookId: book.id, outPath: join(lib.dir, 'a\0b.briefbook') }),
      'BAD_INPUT',
      /outPath must not contain control characters/,
    );
    refused(
      await lib.dispatch('pdf.export', { bookId: book.id, outPath: join(lib.dir, 'line\nbreak.pdf') }),
      'BAD_INPUT',
      /outPath must not contain control characters/,
    );
    refused(
      await lib.dispatch('books.saveFile', { bookId: book.id, outPath: join(lib.dir, `${'a'.repeat(300)}.briefbook`) }),
      'BAD_INPUT',
      /255 bytes/,
    );
    // 100 Hangul letters are 300 bytes: too long for a file name, however few characters.
    refused(
      await lib.dispatch('books.saveFile', { bookId: book.id, outPath: join(lib.dir, `${'한'.repeat(100)}.briefbook`) }),
      'BAD_INPUT',
      /255 bytes/,
    );
  });

  test('saving into a folder that does not exist says so, naming the file', async () => {
    const book = unwrap<Book>(await lib.dispatch('books.create', { title: 'Nowhere' }));
    const target = join(lib.dir, 'no such folder', 'book.briefbook');
    for (const [method, outPath] of [
      ['books.saveFile', target],
      ['pdf.export', target.replace(/briefbook$/, 'pdf')],
    ] as const) {
      const result = await lib.dispatch(method, { bookId: book.id, outPath });
      assert.equal(result.ok, false, method);
      if (result.ok) continue;
      assert.ok(
        ['NOT_FOUND', 'EXPORT_FAILED'].includes(result.error.code),
        `${method}: ${result.error.code} ${result.error.message}`,
      );
      assert.match(result.error.message, /no such folder/);
    }
  });

  test('a path with NUL cannot be imported or opened; a real file whose name has a line break imports', async () => {
    refused(await lib.dispatch('library.import', { paths: ['/tmp/a\0b.txt'] }), 'BAD_INPUT', /NUL/);
    refused(await lib.dispatch('books.openFile', { path: '/tmp/a\0b.briefbook' }), 'BAD_INPUT', /NUL/);
    const odd = join(lib.dir, 'minutes\nof the meeting.txt');
    writeFileSync(odd, readFileSync(koreanSeed));
    const [outcome] = unwrap<ImportOutcome[]>(await lib.dispatch('library.import', { paths: [odd] }));
    assert.equal(outcome?.ok, true, JSON.stringify(outcome).slice(0, 300));
  });

  test('an uploaded file whose name holds a control character is refused with the reason', async () => {
    refused(
      await lib.dispatch('library.importData', { files: [{ name: 'a\u001b[31mred.txt', base64: 'aGVsbG8=' }] }),
      'BAD_INPUT',
      /files\.0\.name must not contain control characters/,
    );
    refused(await lib.dispatch('library.importText', { text: 'Hello', name: 'x\ny' }), 'BAD_INPUT', /name must not contain/);
  });
});

test('a book with a 300-letter Korean title is saved under a file name the file system accepts', async () => {
  const dir = tempDir();
  const downloads = new Map<string, { path: string; fileName: string }>();
  const backend = createBackend({
    dataDir: dir,
    host: 'browser',
    version: 'test',
    platform: createHostPlatform(dir, downloads),
    samplesDir: join(dir, 'no-samples'),
  });
  try {
    const book = unwrap<Book>(await backend.dispatch('books.create', { title: '한'.repeat(300) }));
    const saved = unwrap<BookFileResult>(await backend.dispatch('books.saveFile', { bookId: book.id }));
    assert.ok(saved.path && existsSync(saved.path));
    assert.ok(Buffer.byteLength(basename(saved.path ?? '')) <= 255);
    assert.match(saved.fileName, /^한+\.briefbook$/);
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
