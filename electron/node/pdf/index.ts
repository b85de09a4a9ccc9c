// PDF export of a briefing book. exportBookPdf runs the layout in a worker thread so a large book never
// blocks the main process; renderBookPdf does the same work in-process. Both write to a temporary file
// next to the target and rename it into place, so a failed or cancelled export never leaves a partial PDF.

import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { BriefbookError } from '../../shared/errors.ts';
import type { Book } from '../../shared/types.ts';
import { type ExportStats, runInWorker } from './pool.ts';
import { type ExportOptions, type PrintableBook, type ProgressEvent, writeBookPdf } from './render.ts';
import { oneLine } from './text.ts';

export type { ExportStats, WorkerJob, WorkerMessage, WorkerRequest } from './pool.ts';
export { setPdfWorkerPath, stopPdfWorker, warmPdfWorker } from './pool.ts';
export type { ExportOptions, PrintableBook, ProgressEvent };

function tempPathFor(outPath: string): string {
  return `${outPath}.partial-${randomBytes(6).toString('hex')}`;
}

function asBriefbookError(e: unknown): BriefbookError {
  if (e instanceof BriefbookError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new BriefbookError('EXPORT_FAILED', `The PDF could not be written: ${message}`);
}

/** Fail fast, before any layout, when the destination folder is missing or read-only. */
async function checkDestination(outPath: string): Promise<void> {
  const dir = path.dirname(path.resolve(outPath));
  try {
    await access(dir, constants.W_OK);
  } catch {
    throw new BriefbookError('EXPORT_FAILED', `The folder ${dir} does not exist or cannot be written to.`);
  }
}

async function finish(tmp: string, outPath: string, result: ExportStats, opts: ExportOptions): Promise<ExportStats> {
  if (opts.signal?.aborted) throw new BriefbookError('CANCELLED', 'The PDF export was cancelled.');
  await rename(tmp, outPath);
  opts.onProgress?.({ stage: 'done', done: 1, total: 1 });
  return result;
}

/** Lay out and write the book in this thread. */
export async function renderBookPdf(input: PrintableBook, outPath: string, opts: ExportOptions = {}): Promise<ExportStats> {
  if (opts.signal?.aborted) throw new BriefbookError('CANCELLED', 'The PDF export was cancelled.');
  await checkDestination(outPath);
  const tmp = tempPathFor(outPath);
  try {
    const result = await writeBookPdf(input, tmp, opts);
    return await finish(tmp, outPath, result, opts);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => {});
    throw asBriefbookError(e);
  }
}

/** Lay out and write the book in the (warm) export worker; abort terminates the worker. */
export async function exportBookPdf(input: PrintableBook, outPath: string, opts: ExportOptions = {}): Promise<ExportStats> {
  const { signal } = opts;
  if (signal?.aborted) throw new BriefbookError('CANCELLED', 'The PDF export was cancelled.');
  await checkDestination(outPath);
  if (signal?.aborted) throw new BriefbookError('CANCELLED', 'The PDF export was cancelled.');
  const tmp = tempPathFor(outPath);
  try {
    const result = await runInWorker({ input, filePath: tmp, pdf: opts.pdf, fontsDir: process.env.BRIEFBOOK_FONTS_DIR }, opts);
    return await finish(tmp, outPath, result, opts);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => {});
    throw asBriefbookError(e);
  }
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** A file name for the book's PDF that is valid on Windows, macOS and Linux, e.g. "Visit of … Viet Nam.pdf". */
export function pdfFileName(book: Book): string {
  let name = oneLine(book.title ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in file names
    .replace(/[<>:"/\\|?*\u0000-\u001F\u007F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  // Keep well under the 255-byte limit of common file systems (Hangul is 3 bytes a character in UTF-8).
  const enc = new TextEncoder();
  if (enc.encode(name).length > 180) {
    const out: string[] = [];
    let bytes = 0;
    for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(name)) {
      const b = enc.encode(segment).length;
      if (bytes + b > 180) break;
      out.push(segment);
      bytes += b;
    }
    name = out.join('').replace(/[.\s]+$/g, '');
  }
  if (!name) name = 'Briefing book';
  if (WINDOWS_RESERVED.test(name)) name = `${name} (briefing book)`;
  return `${name}.pdf`;
}
