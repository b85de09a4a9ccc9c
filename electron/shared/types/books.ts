// Briefing books, their talking points and citations, PDF export, suggestions and .briefbook files.

import type { Classification } from '../classification.ts';

export type Citation = {
  recordId: string;
  paragraphId: string;
  label: string;
  recordTitle: string;
  publishedAt: string | null;
  /** The paragraph as it stood in the record when the point was made. */
  sourceText: string;
};

export type PointKind = 'key-message' | 'talking-point' | 'if-raised' | 'background' | 'note';

export type TalkingPoint = {
  id: string;
  sectionId: string;
  ordinal: number;
  /**
   * The wording, in a small markup the editor and the PDF share: `**bold**`, `*italic*`, and lines
   * starting with "- " as bullets. Everything else is plain text.
   */
  text: string;
  kind: PointKind;
  /** A point's own classification (portion mark); null = the book's. */
  marking: Classification | null;
  citation: Citation | null;
  /** True when the wording was drafted from the source ("Draft as talking point"): rewording is expected. Always set by the service. */
  drafted?: boolean;
};

export type SectionKey =
  | 'objectives'
  | 'key-messages'
  | 'talking-points'
  | 'if-raised'
  | 'background'
  | 'commitments'
  | 'participants'
  | 'programme';

export type Section = {
  id: string;
  bookId: string;
  key: SectionKey | null;
  title: string;
  ordinal: number;
  points: TalkingPoint[];
};

export type { Classification } from '../classification.ts';

/** A book's own properties, in the order the cover and the undo history list them. */
export const BOOK_FIELDS = [
  'title',
  'meeting',
  'meetingDate',
  'place',
  'principal',
  'counterpart',
  'preparedBy',
  'classification',
] as const satisfies readonly (keyof BookProperties)[];

export type BookProperties = {
  title: string;
  meeting: string | null;
  meetingDate: string | null;
  place: string | null;
  principal: string | null;
  counterpart: string | null;
  preparedBy: string | null;
  classification: Classification;
};

export type Book = BookProperties & {
  id: string;
  createdAt: string;
  updatedAt: string;
  sections: Section[];
  /** The highest marking used: the book's own or any point's. Always set by the service. */
  effectiveClassification?: Classification;
  /** When the book was last opened in the editor. Always set by the service. */
  openedAt?: string | null;
  /**
   * Set by the methods that change a book: what this call changed, with what was there before.
   * The app keeps it as its own undo step and sends it back to books.revert.
   */
  change?: BookChange;
};

/** A point as undo sees it: where it stands and what it says. */
export type PointState = {
  sectionId: string;
  /** The point before it in its section (null: first); `index` is the fallback when that one is gone. */
  after: string | null;
  index: number;
  text: string;
  kind: PointKind;
  marking: Classification | null;
  drafted: boolean;
  citation: Citation | null;
};

export type SectionState = { after: string | null; index: number; key: SectionKey | null; title: string };

/** One thing an edit changed; null = it did not exist (before an insert, after a delete). */
export type BookEdit =
  | { type: 'point'; id: string; before: PointState | null; after: PointState | null }
  | { type: 'section'; id: string; before: SectionState | null; after: SectionState | null }
  | { type: 'book'; field: keyof BookProperties; before: string | null; after: string | null };

/** What one edit did to a book: the inverse operations undo applies, and redo applies again. */
export type BookChange = { bookId: string; edits: BookEdit[] };

export type RevertResult = {
  book: Book;
  /** The edits taken back (undo) or done again (redo): the step for the other stack. */
  applied: BookChange;
  /** Why some edits were left alone: another writer changed the same thing since. */
  skipped: string[];
};

/** Undo or redo through the book's shared document (a library on a desk): this laptop's own edits only. */
export type DeskUndoResult = {
  book: Book;
  /** False when there was nothing of this laptop's to undo (or redo). */
  done: boolean;
  canUndo: boolean;
  canRedo: boolean;
};

export type BookSummary = {
  id: string;
  title: string;
  classification: Classification;
  pointCount: number;
  updatedAt: string;
  /** When the book was last opened; the list is ordered by it, most recent first. */
  openedAt?: string | null;
};

export type ExportResult = {
  /** False when the user dismissed the save dialog. */
  saved: boolean;
  path: string | null;
  fileName: string;
  pages: number;
  bytes: number;
  /** Browser host only: where the browser fetches the file for download. */
  downloadUrl: string | null;
};

export type AppInfo = { version: string; host: 'electron' | 'browser' | 'cli'; dataDir: string };

export type ExportProgress = { jobId: string; stage: 'layout' | 'write' | 'done'; done: number; total: number };

/** How a book is printed (pdf.export / pdf.preview options); every field has a default. */
export type PdfPaper = 'A4' | 'Letter';
export type PdfScope = 'book' | 'handout' | 'sections';
export type PdfOptions = {
  /** Default A4. */
  paper?: PdfPaper;
  /** The whole book (default), a one-page key-messages card for the principal, or chosen sections. */
  scope?: PdfScope;
  /** Section ids when scope is "sections". */
  sectionIds?: string[];
  /** Reproduce the cited records at the end (default true). */
  annex?: boolean;
  /** Sources at the foot of each page (default) or collected as endnotes before the annex. */
  citations?: 'footnotes' | 'endnotes';
  /** Each section starts on a new page (default false). */
  sectionsOnNewPage?: boolean;
};

/** A rendered preview: the PDF itself, base64, for the renderer to draw (pdf.js) without touching the file system. */
export type PdfPreview = { pages: number; bytes: number; fileName: string; pdfBase64: string };

/** A commitment found in a record paragraph (see electron/node/ledger/commitments.ts). */
export type CommitmentKind = 'agreed' | 'decided' | 'will' | 'proposed' | 'requested' | 'suggested';

/** A commitment as a record states it: found by the extractor, kept in the ledger. */
export type Commitment = {
  /** Who committed, as the record says it: "The two sides", "Minister Kang", "Viet Nam". */
  who: string;
  /** The commitment itself, one sentence from the record. */
  what: string;
  kind: CommitmentKind;
  recordId: string;
  paragraphId: string;
  /** The meeting's date, else the record's publication date (YYYY-MM-DD), else null. */
  date: string | null;
};

/** A commitment offered for a book's "Previous commitments" section, with its source. */
export type CommitmentSuggestion = Commitment & {
  recordTitle: string;
  label: string;
  /** Already cited by a point in this book. */
  inBook: boolean;
};

/** A person found in the records, with the meetings they attended, for "Participants and biographies". */
export type ParticipantSuggestion = {
  name: string;
  role: string | null;
  country: string | null;
  meetings: { recordId: string; title: string; date: string | null }[];
  /** A point in this book already names them. */
  inBook: boolean;
  /** The point's starting text (name, role, country, meetings; the biography left to the user). */
  draft: string;
};

/** A book written to a .briefbook file. */
export type BookFileResult = {
  /** False when the user dismissed the save dialog. */
  saved: boolean;
  path: string | null;
  fileName: string;
  bytes: number;
  records: number;
  /** Browser host only: where the browser fetches the file. */
  downloadUrl: string | null;
};

/** What opening a .briefbook file did. */
export type BookOpenResult = {
  book: Book;
  /** Records added to the library from the file. */
  recordsAdded: number;
  /** Records the library already had (matched by id or content). */
  recordsMatched: number;
};
