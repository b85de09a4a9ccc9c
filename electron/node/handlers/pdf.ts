import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ExportResult, PdfPreview } from '../../shared/types.ts';
import { getBook } from '../books/books.ts';
import { exportPrintableBook, previewPrintableBook } from '../books/printable.ts';
import { pdfFileName } from '../pdf/index.ts';
import type { HandlerMap } from '../rpc/dispatch.ts';

export const pdfHandlers: HandlerMap<'pdf.export' | 'pdf.cancel' | 'pdf.preview'> = {
  'pdf.export': async ({ bookId, jobId, outPath, options }, ctx): Promise<ExportResult> => {
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
        pdf: options,
      });
      return { saved: true, path: target.path, fileName: basename(target.path), pages, bytes, downloadUrl: target.downloadUrl };
    } finally {
      ctx.jobs.delete(id);
    }
  },
  'pdf.preview': async ({ bookId, jobId, options }, ctx): Promise<PdfPreview> => {
    const id = jobId ?? randomUUID();
    const controller = new AbortController();
    ctx.jobs.set(id, controller);
    try {
      return await previewPrintableBook(ctx.db, bookId, {
        signal: controller.signal,
        onProgress: (p) => ctx.emit('pdf.progress', { jobId: id, ...p }),
        pdf: options,
      });
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
