import { basename } from 'node:path';
import type { MethodName } from '../api/methods.ts';
import type { HandlerMap } from '../rpc/dispatch.ts';
import {
  addPoint,
  createBook,
  deletePoint,
  getBook,
  listBooks,
  movePoint,
  removeBook,
  updateBook,
  updatePoint,
} from '../services/books/books.ts';
import { draftPoint, mergePoint, movePointTo, splitPoint } from '../services/books/editing.ts';
import { addSection, moveSection, removeSection, renameSection } from '../services/books/sections.ts';
import {
  BOOK_FILE_EXTENSION,
  bookFileName,
  openBookFile,
  openBookPath,
  parseBookFile,
  saveBookFile,
} from '../services/books/share.ts';
import { duplicateBook, openBook, restoreBook } from '../services/books/snapshot.ts';
import { suggestCommitments, suggestParticipants } from '../services/books/suggestions.ts';
import { warmPdfWorker } from '../services/pdf/index.ts';

type BookMethods = Extract<MethodName, `books.${string}`>;

export const bookHandlers: HandlerMap<BookMethods> = {
  'books.list': (_input, ctx) => listBooks(ctx.db),
  'books.create': ({ title, classification }, ctx) => createBook(ctx.db, title, classification),
  'books.get': ({ id }, ctx) => {
    const book = getBook(ctx.db, id);
    // An open book is likely to be exported: start the PDF worker now so the first export is warm.
    if (ctx.host !== 'cli') warmPdfWorker().catch(() => {});
    return book;
  },
  'books.update': ({ id, patch }, ctx) => updateBook(ctx.db, id, patch),
  'books.remove': ({ id }, ctx) => {
    removeBook(ctx.db, id);
    return { removed: true as const };
  },
  'books.addPoint': (input, ctx) => addPoint(ctx.db, input),
  'books.updatePoint': ({ bookId, pointId, ...change }, ctx) => updatePoint(ctx.db, bookId, pointId, change),
  'books.movePoint': ({ bookId, pointId, direction, section, index }, ctx) =>
    direction ? movePoint(ctx.db, bookId, pointId, direction) : movePointTo(ctx.db, bookId, pointId, section, index),
  'books.deletePoint': ({ bookId, pointId }, ctx) => deletePoint(ctx.db, bookId, pointId),
  'books.open': ({ id }, ctx) => openBook(ctx.db, id),
  'books.duplicate': ({ id, title }, ctx) => duplicateBook(ctx.db, id, title),
  'books.restore': ({ book }, ctx) => restoreBook(ctx.db, book),
  'books.addSection': ({ bookId, title, index }, ctx) => addSection(ctx.db, bookId, title, index),
  'books.updateSection': ({ bookId, sectionId, title }, ctx) => renameSection(ctx.db, bookId, sectionId, title),
  'books.moveSection': ({ bookId, sectionId, index }, ctx) => moveSection(ctx.db, bookId, sectionId, index),
  'books.removeSection': ({ bookId, sectionId }, ctx) => removeSection(ctx.db, bookId, sectionId),
  'books.splitPoint': ({ bookId, pointId, at }, ctx) => splitPoint(ctx.db, bookId, pointId, at),
  'books.mergePoint': ({ bookId, pointId }, ctx) => mergePoint(ctx.db, bookId, pointId),
  'books.draftPoint': ({ bookId, pointId }, ctx) => draftPoint(ctx.db, bookId, pointId),
  'books.suggestCommitments': ({ bookId }, ctx) => suggestCommitments(ctx.db, bookId),
  'books.suggestParticipants': ({ bookId }, ctx) => suggestParticipants(ctx.db, bookId),
  'books.saveFile': async ({ bookId, outPath }, ctx) => {
    const fileName = bookFileName(getBook(ctx.db, bookId));
    const target = outPath ? { path: outPath, downloadUrl: null } : await ctx.platform.chooseExportTarget(fileName);
    if (!target) return { saved: false, path: null, fileName, bytes: 0, records: 0, downloadUrl: null };
    // The platform's save dialog is made for PDFs and may add ".pdf"; a book file keeps its own extension.
    const path = target.path.replace(
      new RegExp(`(${BOOK_FILE_EXTENSION.replace('.', '\\.')})?\\.pdf$`, 'i'),
      BOOK_FILE_EXTENSION,
    );
    const { bytes, records } = saveBookFile(ctx.db, bookId, path);
    return { saved: true, path, fileName: basename(path), bytes, records, downloadUrl: target.downloadUrl };
  },
  'books.openFile': ({ path }, ctx) => openBookPath(ctx.db, path),
  'books.openData': ({ name, base64 }, ctx) =>
    openBookFile(ctx.db, parseBookFile(Buffer.from(base64, 'base64'), name || 'The file')),
};
