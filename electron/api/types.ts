// Data that crosses the API. JSON only: ISO dates (YYYY-MM-DD or full ISO timestamps), file paths, no buffers.

export type Participant = {
  /** Full name as first written in the record, e.g. "Kang Kyung-wha"; null when the record names only a role. */
  name: string | null;
  /** Role as given, e.g. "Minister of Foreign Affairs". */
  role: string | null;
  /** Country the person speaks for, e.g. "Republic of Korea", "Viet Nam". */
  country: string | null;
  /** Other ways the record refers to the same person ("Minister Kang", "FM Son"). */
  aliases: string[];
};

export type Paragraph = {
  /** Stable id: `${recordId}:${label}`. */
  id: string;
  recordId: string;
  /** The record's own numbering ("3", "3.1"), or a sequential number for unnumbered records. */
  label: string;
  /** Position in the record, from 0. */
  ordinal: number;
  text: string;
};

/** How a date field was obtained, so the UI can show "resolved from …". */
export type DateNote = { field: 'publishedAt' | 'meetingDate'; value: string; from: string };

export type RecordSummary = {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  meetingDate: string | null;
  place: string | null;
  language: string;
  paragraphCount: number;
  sourceName: string | null;
  importedAt: string;
};

export type RecordDetail = RecordSummary & {
  participants: Participant[];
  paragraphs: Paragraph[];
  dateNotes: DateNote[];
  /** Paragraph ids already cited by a talking point in some book. */
  usedParagraphIds: string[];
};

export type SnippetPart = { text: string; match: boolean };

export type SearchHit = {
  recordId: string;
  recordTitle: string;
  publishedAt: string | null;
  paragraphId: string;
  label: string;
  snippet: SnippetPart[];
};

export type ImportOutcome =
  | { file: string; ok: true; /** Already in the library: nothing new was stored. */ duplicate: boolean; record: RecordSummary }
  | { file: string; ok: false; error: { code: string; message: string } };

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

export type Classification = 'UNCLASSIFIED' | 'OFFICIAL' | 'RESTRICTED' | 'CONFIDENTIAL' | 'SECRET';

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
};

export type BookSummary = {
  id: string;
  title: string;
  classification: Classification;
  pointCount: number;
  updatedAt: string;
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
