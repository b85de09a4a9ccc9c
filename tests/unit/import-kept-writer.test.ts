// Once a library is opened, the import's writer thread is kept between imports, warm: a desk officer
// who drops in one press release after another waits for a store, not for a thread to start and
// compile the parser. A cancel that stops the writer mid-batch loses nothing already imported, and
// the next import still works.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generate } from '../../bench/import.ts';
import { pathSources } from '../../electron/node/library/import.ts';
import { ImportWriterHost } from '../../electron/node/library/import-writer-host.ts';
import type { ImportOutcome } from '../../electron/shared/types.ts';
import { tempBackend } from '../helpers/library.ts';

const stored = (outcomes: ImportOutcome[]) => outcomes.filter((o) => o.ok && !o.duplicate).length;

describe('the import writer kept between imports', () => {
  let lib: ReturnType<typeof tempBackend>;
  let made = '';
  let files: string[] = [];

  before(async () => {
    lib = tempBackend({ seed: false });
    made = mkdtempSync(join(tmpdir(), 'kept-writer-'));
    files = generate(made, 120);
    await lib.ctx.workers.imports.warm(lib.db);
  });
  after(async () => {
    await lib.dispose();
    rmSync(made, { recursive: true, force: true });
  });

  test('one press release after another is stored by the same writer, each as it would be alone', async () => {
    for (const file of files.slice(0, 3)) {
      const outcomes = await lib.ctx.workers.imports.run(lib.db, pathSources([file]));
      assert.equal(stored(outcomes), 1, `${file} is stored`);
    }
    const count = lib.db.prepare('SELECT count(*) AS n FROM records').get() as { n: number };
    assert.equal(count.n, 3);
  });

  test('a cancel mid-batch keeps what was imported, and the next import works', async () => {
    const controller = new AbortController();
    let seen = 0;
    const outcomes = await lib.ctx.workers.imports.run(lib.db, pathSources(files.slice(3, 100)), {
      signal: controller.signal,
      onProgress: () => {
        if (++seen === 5) controller.abort();
      },
    });
    const kept = stored(outcomes);
    assert.ok(kept >= 5 && kept < 97, `what was imported before the cancel stays (${kept})`);
    assert.ok(
      outcomes.some((o) => !o.ok && o.error.code === 'CANCELLED'),
      'the rest is reported as cancelled',
    );
    const before = (lib.db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
    assert.equal(before, 3 + kept);
    const next = await lib.ctx.workers.imports.run(lib.db, pathSources([files[110] as string]));
    assert.equal(stored(next), 1, 'the next import is stored');
  });
});

test('a writer is lent to one import at a time, and to the library it was started for', async () => {
  const host = new ImportWriterHost(new URL('../../electron/node/open/import-worker.ts', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'kept-writer-host-'));
  try {
    assert.equal(host.lend(join(dir, 'a.sqlite')), null, 'none is kept before a library is opened');
    host.start(join(dir, 'a.sqlite'));
    const first = host.lend(join(dir, 'a.sqlite'));
    assert.ok(first);
    assert.equal(host.lend(join(dir, 'a.sqlite')), null, 'busy: another import gets a thread of its own');
    host.release(first);
    assert.equal(host.lend(join(dir, 'b.sqlite')), null, 'another library does not get this one');
    assert.equal(host.lend(join(dir, 'a.sqlite')), first, 'free again: the same thread');
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
