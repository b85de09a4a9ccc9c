import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail } from '../../shared/errors.ts';
import { getBook } from '../books/books.ts';
import { exportPrintableBook } from '../books/printable.ts';
import { pdfFileName } from '../pdf/index.ts';
import type { HandlerMap } from '../rpc/dispatch.ts';

const DESKTOP_ONLY = 'is available in the Briefbook desktop app. In the browser, export the PDF and use your PDF viewer instead.';

export const appHandlers: HandlerMap<
  'app.info' | 'app.showDataFolder' | 'app.chooseFiles' | 'app.printBook' | 'app.takeOpenFiles'
> = {
  'app.info': (_input, ctx) => ({
    version: ctx.version,
    host: ctx.host,
    dataDir: ctx.dataDir,
  }),

  'app.showDataFolder': async (_input, ctx) => {
    const shown = ctx.platform.showFolder ? await ctx.platform.showFolder(ctx.dataDir) : false;
    return { path: ctx.dataDir, shown };
  },

  'app.chooseFiles': async ({ purpose }, ctx) => {
    if (!ctx.platform.chooseFiles) fail('UNKNOWN_METHOD', `Choosing files ${DESKTOP_ONLY}`);
    return { paths: await ctx.platform.chooseFiles(purpose) };
  },

  'app.takeOpenFiles': (_input, ctx) => ({
    paths: ctx.platform.takeOpenFiles?.() ?? [],
  }),

  // The book is exported to a private temporary folder, printed, and the copy removed: printing never
  // leaves a stray PDF behind and never touches the user's own exports.
  'app.printBook': async ({ bookId }, ctx) => {
    const print = ctx.platform.printPdf;
    if (!print) fail('UNKNOWN_METHOD', `Printing ${DESKTOP_ONLY}`);
    const book = getBook(ctx.db, bookId);
    const dir = await mkdtemp(join(tmpdir(), 'briefbook-print-'));
    try {
      const file = join(dir, pdfFileName(book));
      await exportPrintableBook(ctx.db, bookId, file, {});
      return { printed: await print(file) };
    } finally {
      await rm(dir, { recursive: true, force: true }).catch(() => {});
    }
  },
};
