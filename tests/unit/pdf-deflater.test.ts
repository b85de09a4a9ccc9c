import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { deflateOffThread, shareTheRest } from '../../electron/node/pdf/deflater.ts';

test('page bodies compressed on the compression thread come back whole, each to its own page', async () => {
  const pages = Array.from({ length: 40 }, (_, i) =>
    `BT /F1 10 Tf [<00${(i % 90) + 10}> -20 <0b0c>] TJ ET\n`.repeat(200 + i * 7),
  );
  const results = await Promise.all(
    pages.map((text) => {
      // Memory of its own, larger than the page, as pagestream.ts hands over.
      const memory = new ArrayBuffer(text.length + 100);
      new Uint8Array(memory).set(Buffer.from(text, 'latin1'));
      return deflateOffThread(memory, text.length, 6).then((out) => ({ out, memory }));
    }),
  );
  for (const [i, { out, memory }] of results.entries()) {
    assert.equal(inflateSync(out).toString('latin1'), pages[i]);
    // The memory was moved to the other thread, not copied.
    assert.equal(memory.byteLength, 0);
  }
});

test('at the end of an export the waiting pages are shared between the thread and the exporter, and all come back whole', async () => {
  const pages = Array.from({ length: 30 }, (_, i) => `q ${i} 0 0 1 0 0 cm [<0041${(i % 80) + 10}>] TJ Q\n`.repeat(300));
  const results = pages.map((text) => {
    const memory = new ArrayBuffer(text.length);
    new Uint8Array(memory).set(Buffer.from(text, 'latin1'));
    return deflateOffThread(memory, text.length, 6);
  });
  // Still queued (they go to the thread on the next turn of the event loop): the tail is compressed here, now.
  shareTheRest();
  const outs = await Promise.all(results);
  for (const [i, out] of outs.entries()) assert.equal(inflateSync(out).toString('latin1'), pages[i]);
});
