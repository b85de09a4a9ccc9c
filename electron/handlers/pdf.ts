import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ExportResult } from '../api/types.ts';
import type { HandlerMap } from '../rpc/dispatch.ts';
import { exportPrintableBook } from '../services/books/printable.ts';
import { pdfFileName } from '../services/pdf/index.ts';
import { getBook } from '../services/books/books.ts';

export const pdfHandlers: HandlerMap<'pdf.export' | 'pdf.cancel'> = {
  'pdf.export': async ({ bookId, jobId, outPath }, ctx): Promise<ExportResult> => {
    const book = getBook(ctx.db, bookId);
    const fileName = pdfFileName(book);
    const target = outPath ? { path: outPath, downloadUrl: null } : await ctx.platform.chooseExportTarget(fileName);
    if (!target) return { saved: false, path: null, fileName, pages: 0, bytes: 0, downloadUrl: null };
    const id = jobId ?? randomUUID();
    const controller = new AbortController();
    ctx.jobs.set(id, controller);
    try {
      const { pages, bytes } = await exportPrintableBook(ctx.db, bookId, target.path, {
        signal: controller.signal,
        onProgress: (p) => ctx.emit('pdf.progress', { jobId: id, ...p }),
      });
      return { saved: true, path: target.path, fileName: basename(target.path), pages, bytes, downloadUrl: target.downloadUrl };
    } finally {
      ctx.jobs.delete(id);
    }
  },
  'pdf.cancel': ({ jobId }, ctx) => {
    const job = ctx.jobs.get(jobId);
    job?.abort();
    return { cancelled: Boolean(job) };
  },
};
