// Books slice: the list of books and the book being worked on.
// Every mutation sends the change to the API and replaces the store's copy with the Book it returns.
import type { Book, BookSummary } from '../../../electron/shared/types.ts';
import type { Result } from '../api/client.ts';
import type { BooksSlice } from './state/books.ts';
import type { SliceCreator } from './types.ts';

export type { BookPatch, BooksSlice } from './state/books.ts';

/** The book with a point moved (what books.movePoint will return), to show a drop at once. */
export function withPointMoved(book: Book, pointId: string, sectionId: string, index: number): Book {
  const point = book.sections.flatMap((s) => s.points).find((p) => p.id === pointId);
  if (!point || !book.sections.some((s) => s.id === sectionId)) return book;
  return {
    ...book,
    sections: book.sections.map((s) => {
      const without = s.points.some((p) => p.id === pointId) ? s.points.filter((p) => p.id !== pointId) : s.points;
      if (s.id !== sectionId) return without === s.points ? s : { ...s, points: without };
      const points = without.slice();
      points.splice(Math.min(index, points.length), 0, { ...point, sectionId });
      return { ...s, points };
    }),
  };
}

export function summarize(book: Book): BookSummary {
  return {
    id: book.id,
    title: book.title,
    classification: book.classification,
    pointCount: book.sections.reduce((n, s) => n + s.points.length, 0),
    updatedAt: book.updatedAt,
    openedAt: book.openedAt ?? null,
  };
}

export const createBooksSlice: SliceCreator<BooksSlice> = (set, get, { client, run, prefs }) => {
  /** Puts the API's copy of a book in the store (current book + its line in the list). */
  const apply = (book: Book): Book => {
    const summary = summarize(book);
    const books = get().books;
    const exists = books.some((b) => b.id === book.id);
    set({
      book,
      bookStatus: 'ready',
      books: exists ? books.map((b) => (b.id === book.id ? summary : b)) : [summary, ...books],
    });
    prefs.set('bookId', book.id);
    return book;
  };

  /** Every change to the open book goes through the editor's queue: saved in order, undoable. */
  const mutate = (work: (bookId: string) => Promise<Result<Book>>, context: string): Promise<Book | null> =>
    get().commit(work, context);

  return {
    books: [],
    booksStatus: 'idle',
    book: null,
    bookStatus: 'idle',

    loadBooks: async () => {
      set({ booksStatus: 'loading' });
      const books = await run(client.call('books.list', {}), 'Could not load your briefing books');
      if (!books) {
        set({ booksStatus: 'error' });
        return;
      }
      set({ books, booksStatus: 'ready' });
      if (get().book) return;
      const remembered = prefs.get('bookId');
      const pick = books.find((b) => b.id === remembered) ?? [...books].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
      if (pick) await get().selectBook(pick.id);
    },

    selectBook: async (id) => {
      set({ bookStatus: 'loading' });
      const book = await run(client.call('books.get', { id }), 'Could not open the briefing book');
      if (!book) {
        set({ bookStatus: get().book ? 'ready' : 'error' });
        return null;
      }
      // The list shows recently opened books first.
      void client.call('books.open', { id }).then((res) => {
        if (!res.ok) return;
        const others = get().books.filter((b) => b.id !== id);
        set({ books: [summarize(res.value), ...others] });
      });
      return get().receiveBook(book);
    },

    openBook: async (id) => {
      get().setView({ name: 'book' });
      if (get().book?.id !== id) await get().flush();
      if (get().book?.id !== id) await get().selectBook(id);
    },

    createBook: async (title) => {
      const book = await run(client.call('books.create', { title: title.trim() }), 'Could not create the briefing book');
      return book ? apply(book) : null;
    },

    updateBook: (patch) =>
      mutate((bookId) => client.call('books.update', { id: bookId, patch }), 'Could not save the book details'),

    addPoint: async (recordId, paragraphId) => {
      const book = await mutate(
        (bookId) => client.call('books.addPoint', { bookId, recordId, paragraphId }),
        'Could not add the paragraph to the book',
      );
      if (book && get().record?.id === recordId) await get().refreshRecord();
      return book;
    },

    addBlankPoint: (sectionId) =>
      mutate((bookId) => client.call('books.addPoint', { bookId, section: sectionId, text: '' }), 'Could not add a point'),

    updatePoint: async (pointId, text) => {
      get().typePoint(pointId, text);
      await get().flush();
      return get().book;
    },

    movePoint: (pointId, direction) =>
      mutate((bookId) => client.call('books.movePoint', { bookId, pointId, direction }), 'Could not move the point'),

    deletePoint: async (pointId) => {
      const book = await mutate((bookId) => client.call('books.deletePoint', { bookId, pointId }), 'Could not delete the point');
      if (book) await get().refreshRecord();
      return book;
    },

    applyBook: apply,

    duplicateBook: async () => {
      const current = get().book;
      if (!current) return null;
      await get().flush();
      const copy = await run(client.call('books.duplicate', { id: current.id }), 'Could not duplicate the book');
      if (!copy) return null;
      get().notify(
        'success',
        'Book duplicated',
        `“${copy.title}” has the same sections, points and sources. Rename it for the next meeting.`,
      );
      return get().receiveBook(copy);
    },

    removeBook: async (id) => {
      await get().flush();
      const res = await run(client.call('books.remove', { id }), 'Could not delete the book');
      if (!res) return false;
      const books = get().books.filter((b) => b.id !== id);
      set({ books });
      if (get().book?.id === id) {
        set({ book: null, bookStatus: 'idle' });
        prefs.set('bookId', null);
        const next = books[0];
        if (next) await get().selectBook(next.id);
      }
      return true;
    },

    addParagraphAt: async (recordId, paragraphId, sectionId, index) => {
      const book = await mutate(
        (bookId) =>
          client.call('books.addPoint', {
            bookId,
            recordId,
            paragraphId,
            ...(sectionId ? { section: sectionId } : {}),
            ...(index !== undefined ? { index } : {}),
          }),
        'Could not add the paragraph to the book',
      );
      if (book && get().record?.id === recordId) await get().refreshRecord();
      return book;
    },

    addTextPoint: (sectionId, text, source) =>
      mutate(
        (bookId) => client.call('books.addPoint', { bookId, section: sectionId, text, ...(source ?? {}) }),
        'Could not add the point',
      ),

    movePointTo: (pointId, sectionId, index) =>
      get().commit(
        (bookId) => client.call('books.movePoint', { bookId, pointId, section: sectionId, index }),
        'Could not move the point',
        {
          optimistic: (book) => withPointMoved(book, pointId, sectionId, index),
        },
      ),

    setPointKind: (pointId, kind) =>
      mutate((bookId) => client.call('books.updatePoint', { bookId, pointId, kind }), 'Could not change the kind of point'),

    setPointMarking: (pointId, marking) =>
      mutate((bookId) => client.call('books.updatePoint', { bookId, pointId, marking }), 'Could not change the marking'),

    splitPoint: (pointId, at) =>
      mutate((bookId) => client.call('books.splitPoint', { bookId, pointId, at }), 'Could not split the point'),

    mergePoint: (pointId) =>
      mutate((bookId) => client.call('books.mergePoint', { bookId, pointId }), 'Could not join the points'),

    draftPoint: (pointId) =>
      mutate((bookId) => client.call('books.draftPoint', { bookId, pointId }), 'Could not draft the talking point'),

    addSection: (title) => mutate((bookId) => client.call('books.addSection', { bookId, title }), 'Could not add the section'),

    renameSection: (sectionId, title) =>
      mutate((bookId) => client.call('books.updateSection', { bookId, sectionId, title }), 'Could not rename the section'),

    moveSection: (sectionId, index) =>
      mutate((bookId) => client.call('books.moveSection', { bookId, sectionId, index }), 'Could not move the section'),

    removeSection: (sectionId) =>
      mutate((bookId) => client.call('books.removeSection', { bookId, sectionId }), 'Could not remove the section'),

    saveBookFile: async () => {
      const book = get().book;
      if (!book) return null;
      await get().flush();
      return run(client.call('books.saveFile', { bookId: book.id }), 'Could not save the book file');
    },

    openBookFile: async (name, base64) => {
      await get().flush();
      const opened = await run(client.call('books.openData', { name, base64 }), 'Could not open the book file');
      if (!opened) return null;
      get().receiveBook(opened.book);
      get().setView({ name: 'book' });
      await get().loadRecords();
      const added = opened.recordsAdded;
      get().notify(
        'success',
        `Opened “${opened.book.title}”`,
        `${added} record${added === 1 ? '' : 's'} added to the library; ${opened.recordsMatched} already here.`,
      );
      return opened;
    },
  };
};
