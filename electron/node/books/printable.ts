import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail } from '../../shared/errors.ts';
import type { PdfPreview, RecordDetail } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { getRecord } from '../library/records.ts';
import { type ExportOptions, exportBookPdf, type PrintableBook, pdfFileName } from '../pdf/index.ts';
import { getBook } from './books.ts';

/** The book with every record it cites, in order of first citation, ready for the PDF renderer. */
export function printableBook(db: Db, bookId: string): PrintableBook {
  const book = getBook(db, bookId);
  const records: RecordDetail[] = [];
  const seen = new Set<string>();
  for (const section of book.sections) {
    for (const point of section.points) {
      const recordId = point.citation?.recordId;
      if (!recordId || seen.has(recordId)) continue;
      seen.add(recordId);
      try {
        records.push(getRecord(db, recordId));
      } catch {
        // A record removed from the library still leaves the point's own copy of its citation.
      }
    }
  }
  return { book, records, generatedAt: new Date().toISOString() };
}

export async function exportPrintableBook(db: Db, bookId: string, outPath: string, opts: ExportOptions) {
  if (!outPath.toLowerCase().endsWith('.pdf')) fail('BAD_INPUT', `The export file must end in .pdf (got ${outPath}).`);
  return exportBookPdf(printableBook(db, bookId), outPath, opts);
}

/** Renders the book into a private temporary folder and hands back the bytes; the file is removed either way. */
export async function previewPrintableBook(db: Db, bookId: string, opts: ExportOptions): Promise<PdfPreview> {
  const printable = printableBook(db, bookId);
  const dir = await mkdtemp(join(tmpdir(), 'briefbook-preview-'));
  try {
    const fileName = pdfFileName(printable.book);
    const file = join(dir, fileName);
    const { pages, bytes } = await exportBookPdf(printable, file, opts);
    return { pages, bytes, fileName, pdfBase64: (await readFile(file)).toString('base64') };
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}
