// Books slice: the list of books and the book being worked on.
// Every mutation sends the change to the API and replaces the store's copy with the Book it returns.
import type { Book, BookProperties, BookSummary } from '../../../electron/api/types.ts';
import type { Result } from '../api/client.ts';
import type { SliceCreator, Status } from './types.ts';

export type BookPatch = Partial<{
  [K in keyof BookProperties]: K extends 'title' | 'classification' ? BookProperties[K] : BookProperties[K] | null;
}>;

export type BooksSlice = {
  books: BookSummary[];
  booksStatus: Status;
  book: Book | null;
  bookStatus: Status;

  loadBooks: () => Promise<void>;
  /** Makes a book the current one (loads it) without changing the view. */
  selectBook: (id: string) => Promise<Book | null>;
  /** Makes a book current and shows it. */
  openBook: (id: string) => Promise<void>;
  createBook: (title: string) => Promise<Book | null>;
  updateBook: (patch: BookPatch) => Promise<Book | null>;
  addPoint: (recordId: string, paragraphId: string) => Promise<Book | null>;
  addBlankPoint: (sectionId: string) => Promise<Book | null>;
  updatePoint: (pointId: string, text: string) => Promise<Book | null>;
  movePoint: (pointId: string, direction: 'up' | 'down') => Promise<Book | null>;
  deletePoint: (pointId: string) => Promise<Book | null>;
};

export function summarize(book: Book): BookSummary {
  return {
    id: book.id,
    title: book.title,
    classification: book.classification,
    pointCount: book.sections.reduce((n, s) => n + s.points.length, 0),
    updatedAt: book.updatedAt,
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

  const currentId = (): string | null => get().book?.id ?? null;

  const mutate = async (
    work: (bookId: string) => Promise<Result<Book>>,
    context: string,
  ): Promise<Book | null> => {
    const id = currentId();
    if (!id) {
      get().showError(context, 'Open or create a briefing book first.');
      return null;
    }
    const book = await run(work(id), context);
    return book ? apply(book) : null;
  };

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
      return apply(book);
    },

    openBook: async (id) => {
      get().setView({ name: 'book' });
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

    updatePoint: (pointId, text) =>
      mutate((bookId) => client.call('books.updatePoint', { bookId, pointId, text }), 'Could not save the point'),

    movePoint: (pointId, direction) =>
      mutate((bookId) => client.call('books.movePoint', { bookId, pointId, direction }), 'Could not move the point'),

    deletePoint: async (pointId) => {
      const book = await mutate((bookId) => client.call('books.deletePoint', { bookId, pointId }), 'Could not delete the point');
      if (book) await get().refreshRecord();
      return book;
    },
  };
};
