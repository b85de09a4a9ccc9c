// A desk officer who drops a folder in while the library is still opening should not wait for the
// import threads to finish reading their made-up warm-up records: the warm-up reads one record a
// turn and stops as soon as an import has arrived, whose own records warm the threads just as well.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { warmUpUnlessImporting } from '../../electron/node/open/parse-worker.ts';
import { tempBackend } from '../helpers/library.ts';

test('an import that arrives during the warm-up stops it after the record being read', async () => {
  const lib = tempBackend({ seed: false });
  try {
    let asked = 0;
    let importing = false;
    const warming = warmUpUnlessImporting(lib.db, () => {
      asked++;
      return importing;
    });
    // The import arrives on the thread's next turn, while the first warm-up record is read.
    setImmediate(() => {
      importing = true;
    });
    await warming;
    assert.ok(asked <= 2, `the warm-up asked ${asked} times whether an import had come`);
  } finally {
    await lib.dispose();
  }
});

test('with no import coming, the warm-up reads every made-up record and then resolves', async () => {
  const lib = tempBackend({ seed: false });
  try {
    let asked = 0;
    await warmUpUnlessImporting(lib.db, () => {
      asked++;
      return false;
    });
    // Each record twice (V8 compiles a pattern to machine code on its second run), then the end.
    assert.ok(asked >= 20, `the warm-up read ${asked} records`);
  } finally {
    await lib.dispose();
  }
});
