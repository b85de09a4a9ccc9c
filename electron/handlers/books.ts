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

type BookMethods =
  | 'books.list'
  | 'books.create'
  | 'books.get'
  | 'books.update'
  | 'books.remove'
  | 'books.addPoint'
  | 'books.updatePoint'
  | 'books.movePoint'
  | 'books.deletePoint';

export const bookHandlers: HandlerMap<BookMethods> = {
  'books.list': (_input, ctx) => listBooks(ctx.db),
  'books.create': ({ title, classification }, ctx) => createBook(ctx.db, title, classification),
  'books.get': ({ id }, ctx) => getBook(ctx.db, id),
  'books.update': ({ id, patch }, ctx) => updateBook(ctx.db, id, patch),
  'books.remove': ({ id }, ctx) => {
    removeBook(ctx.db, id);
    return { removed: true as const };
  },
  'books.addPoint': (input, ctx) => addPoint(ctx.db, input),
  'books.updatePoint': ({ bookId, pointId, ...change }, ctx) => updatePoint(ctx.db, bookId, pointId, change),
  'books.movePoint': ({ bookId, pointId, direction }, ctx) => movePoint(ctx.db, bookId, pointId, direction),
  'books.deletePoint': ({ bookId, pointId }, ctx) => deletePoint(ctx.db, bookId, pointId),
};
