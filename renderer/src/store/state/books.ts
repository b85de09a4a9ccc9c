// The shape of the store's books slice (types only: the slice's behaviour is in ../books.ts).
import type {
  Book,
  BookFileResult,
  BookOpenResult,
  BookProperties,
  BookSummary,
  Classification,
  PointKind,
} from '../../../../electron/shared/types.ts';
import type { Status } from './status.ts';

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

  /** Puts a Book from the API in the store (current book + its line in the list). */
  applyBook: (book: Book) => Book;
  duplicateBook: () => Promise<Book | null>;
  removeBook: (id: string) => Promise<boolean>;
  /** Adds a paragraph (from the Reader, by click or drag) to a section at a place; defaults: talking points, at the end. */
  addParagraphAt: (recordId: string, paragraphId: string, sectionId?: string, index?: number) => Promise<Book | null>;
  /** Adds a point with given wording, optionally citing a paragraph (commitments, participants). */
  addTextPoint: (sectionId: string, text: string, source?: { recordId: string; paragraphId: string }) => Promise<Book | null>;
  movePointTo: (pointId: string, sectionId: string, index: number) => Promise<Book | null>;
  setPointKind: (pointId: string, kind: PointKind) => Promise<Book | null>;
  setPointMarking: (pointId: string, marking: Classification | null) => Promise<Book | null>;
  splitPoint: (pointId: string, at: number) => Promise<Book | null>;
  mergePoint: (pointId: string) => Promise<Book | null>;
  draftPoint: (pointId: string) => Promise<Book | null>;
  addSection: (title: string) => Promise<Book | null>;
  renameSection: (sectionId: string, title: string) => Promise<Book | null>;
  moveSection: (sectionId: string, index: number) => Promise<Book | null>;
  removeSection: (sectionId: string) => Promise<Book | null>;
  saveBookFile: () => Promise<BookFileResult | null>;
  openBookFile: (name: string, base64: string) => Promise<BookOpenResult | null>;
};
