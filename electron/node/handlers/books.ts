import { basename } from 'node:path';
import type { MethodName } from '../../shared/methods.ts';
import type { Book } from '../../shared/types.ts';
import { createBook, getBook, listBooks, removeBook, updateBook } from '../books/books.ts';
import { recordChange } from '../books/changes.ts';
import { draftPoint, mergePoint, movePointTo, splitPoint } from '../books/editing.ts';
import { addPoint, deletePoint, movePoint, updatePoint } from '../books/points.ts';
import { revertChange } from '../books/revert.ts';
import { addSection, moveSection, removeSection, renameSection } from '../books/sections.ts';
import { BOOK_FILE_EXTENSION, bookFileName, openBookFile, openBookPath, parseBookFile, saveBookFile } from '../books/share.ts';
import { duplicateBook, openBook, restoreBook } from '../books/snapshot.ts';
import { suggestCommitments, suggestParticipants } from '../books/suggestions.ts';
import { transaction } from '../db/statements.ts';
import { deskBookEdited } from '../desk/books.ts';
import { deskUndo } from '../desk/undo.ts';
import type { ServiceContext } from '../rpc/context.ts';
import type { HandlerMap } from '../rpc/dispatch.ts';

type BookMethods = Extract<MethodName, `books.${string}`>;

/** Each edit to a book answers with the book and what it changed (`change`), so the app can undo its own edits only. */
const recorded = (ctx: ServiceContext, bookId: string, edit: () => Book): Book =>
  transaction(ctx.db, () => shared(ctx, recordChange(ctx.db, bookId, edit)));

/** On a library joined to a desk, the book's document follows each change, in the same transaction. */
function shared<T extends { id: string } | { book: { id: string } }>(ctx: ServiceContext, result: T): T {
  deskBookEdited(ctx.db, 'book' in result ? result.book.id : result.id);
  return result;
}
const sharing = <T extends { id: string } | { book: { id: string } }>(ctx: ServiceContext, fn: () => T): T =>
  transaction(ctx.db, () => shared(ctx, fn()));

export const bookHandlers: HandlerMap<BookMethods> = {
  'books.list': (_input, ctx) => listBooks(ctx.db),
  'books.create': ({ title, classification }, ctx) => sharing(ctx, () => createBook(ctx.db, title, classification)),
  'books.get': ({ id }, ctx) => {
    const book = getBook(ctx.db, id);
    // An open book is likely to be exported: start the PDF worker now so the first export is warm.
    if (ctx.host !== 'cli') ctx.workers.pdf.warm().catch(() => {});
    return book;
  },
  'books.update': ({ id, patch }, ctx) => recorded(ctx, id, () => updateBook(ctx.db, id, patch)),
  'books.remove': ({ id }, ctx) => {
    transaction(ctx.db, () => {
      removeBook(ctx.db, id);
      deskBookEdited(ctx.db, id);
    });
    return { removed: true as const };
  },
  'books.addPoint': (input, ctx) => recorded(ctx, input.bookId, () => addPoint(ctx.db, input)),
  'books.updatePoint': ({ bookId, pointId, ...change }, ctx) =>
    recorded(ctx, bookId, () => updatePoint(ctx.db, bookId, pointId, change)),
  'books.movePoint': ({ bookId, pointId, direction, section, index }, ctx) =>
    recorded(ctx, bookId, () =>
      direction ? movePoint(ctx.db, bookId, pointId, direction) : movePointTo(ctx.db, bookId, pointId, section, index),
    ),
  'books.deletePoint': ({ bookId, pointId }, ctx) => recorded(ctx, bookId, () => deletePoint(ctx.db, bookId, pointId)),
  'books.open': ({ id }, ctx) => openBook(ctx.db, id),
  'books.duplicate': ({ id, title }, ctx) => sharing(ctx, () => duplicateBook(ctx.db, id, title)),
  'books.restore': ({ book }, ctx) => recorded(ctx, book.id, () => restoreBook(ctx.db, book)),
  'books.revert': ({ change, direction }, ctx) => sharing(ctx, () => revertChange(ctx.db, change, direction)),
  'books.undo': ({ bookId }, ctx) => deskUndo(ctx.db, bookId, 'undo'),
  'books.redo': ({ bookId }, ctx) => deskUndo(ctx.db, bookId, 'redo'),
  'books.addSection': ({ bookId, title, index }, ctx) => recorded(ctx, bookId, () => addSection(ctx.db, bookId, title, index)),
  'books.updateSection': ({ bookId, sectionId, title }, ctx) =>
    recorded(ctx, bookId, () => renameSection(ctx.db, bookId, sectionId, title)),
  'books.moveSection': ({ bookId, sectionId, index }, ctx) =>
    recorded(ctx, bookId, () => moveSection(ctx.db, bookId, sectionId, index)),
  'books.removeSection': ({ bookId, sectionId }, ctx) => recorded(ctx, bookId, () => removeSection(ctx.db, bookId, sectionId)),
  'books.splitPoint': ({ bookId, pointId, at }, ctx) => recorded(ctx, bookId, () => splitPoint(ctx.db, bookId, pointId, at)),
  'books.mergePoint': ({ bookId, pointId }, ctx) => recorded(ctx, bookId, () => mergePoint(ctx.db, bookId, pointId)),
  'books.draftPoint': ({ bookId, pointId }, ctx) => recorded(ctx, bookId, () => draftPoint(ctx.db, bookId, pointId)),
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
  'books.openFile': async ({ path }, ctx) => {
    const opened = await openBookPath(ctx.db, path);
    return sharing(ctx, () => opened);
  },
  'books.openData': ({ name, base64 }, ctx) =>
    sharing(ctx, () => openBookFile(ctx.db, parseBookFile(Buffer.from(base64, 'base64'), name || 'The file'))),
};
