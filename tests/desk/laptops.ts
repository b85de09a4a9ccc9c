// Laptops for the desk tests: a library folder each, edited through the real backend (as the app
// does) and synced through the real CLI (as a script does).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../electron/node/rpc/backend.ts';
import type { Input, Output } from '../../electron/shared/contract.ts';
import type { MethodName } from '../../electron/shared/methods.ts';
import type { Book } from '../../electron/shared/types.ts';
import { briefbook, type CliResult, ok } from '../helpers/desk.ts';
import { samplesDir, tempDir, unwrap } from '../helpers/library.ts';

export type Laptop = {
  dir: string;
  events: ReturnType<typeof createBackend>['events'];
  /** The backend's typed call, answering a Result (as the app's client does). */
  api: ReturnType<typeof createBackend>['call'];
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  cli(...args: string[]): CliResult;
  sync(): string;
  book(id: string): Promise<Book>;
  pdfText(bookId: string): string;
  close(): void;
};

/** A laptop; `live`: as the app and `serve` run it, syncing on its own and showing who else is in a book. */
export function laptop(opts: { live?: boolean } = {}): Laptop {
  const dir = tempDir('briefbook-laptop-');
  const backend = createBackend({
    dataDir: dir,
    host: opts.live ? 'browser' : 'cli',
    version: 'test',
    platform: { chooseExportTarget: async () => null },
    samplesDir: join(dir, 'no-samples'),
  });
  const call = async <M extends MethodName>(method: M, input: Input<M>) =>
    unwrap<Output<M>>(await backend.dispatch(method, input));
  return {
    dir,
    events: backend.events,
    api: backend.call,
    call,
    cli: (...args) => briefbook(dir, ...args),
    sync: () => ok(dir, 'desk', 'sync'),
    book: (id) => call('books.get', { id }),
    pdfText(bookId) {
      const out = join(dir, `${bookId}.pdf`);
      ok(dir, 'export', bookId, '--out', out);
      // The footer's export time is the only thing two laptops' PDFs of one book may differ in (an
      // export on each side of a minute): it is left out of the comparison.
      return execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).replace(
        /Generated \d{1,2} \p{L}+ \d{4}, \d{2}:\d{2} UTC/gu,
        'Generated (export time)',
      );
    },
    close() {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const koreanRecord = join(samplesDir, '000_14d4902e11750d46.txt');

/** What two laptops must agree on: every section's points, in order, with their wording. */
export const content = (b: Book) => ({
  title: b.title,
  classification: b.classification,
  sections: b.sections.map((s) => ({ id: s.id, title: s.title, points: s.points.map((p) => [p.id, p.text, p.kind]) })),
});

/** Asks again every 200 ms until the answer is there (sync and presence arrive when they arrive); fails after `ms`. */
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 40_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
