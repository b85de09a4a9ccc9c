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
  /**
   * The same person across records: the name lower-cased without diacritics ("pham binh minh"
   * for "Phạm Bình Minh" and "Pham Binh Minh"); null when the record names only a role.
   */
  key?: string | null;
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
  /** Fields the user corrected; the field itself holds the corrected value. */
  corrections?: RecordCorrection[];
};

/** The record details a desk officer can correct in the Reader. */
export const CORRECTABLE_FIELDS = ['title', 'publisher', 'publishedAt', 'meetingDate', 'place', 'language', 'participants'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** One corrected field and what Briefbook had read there (participants: their JSON). */
export type RecordCorrection = { field: CorrectableField; original: string | null; correctedAt: string };

export type SnippetPart = { text: string; match: boolean };

export type SearchHit = {
  recordId: string;
  recordTitle: string;
  publishedAt: string | null;
  paragraphId: string;
  label: string;
  snippet: SnippetPart[];
  /** How the paragraph matched: the words typed, another name of the topic, or its topic tag. */
  via?: MatchKind;
};

export type ImportOutcome =
  | { file: string; ok: true; /** Already in the library: nothing new was stored. */ duplicate: boolean; record: RecordSummary }
  | { file: string; ok: false; error: { code: string; message: string } };

/** One file of a batch import done (library.importProgress): `done` of `total`, and how it went. */
export type ImportProgress = { jobId: string; done: number; total: number; file: string; outcome: ImportOutcome };

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
  /** The highest marking used: the book's own or any point's. Always set by the service. */
  effectiveClassification?: Classification;
  /** When the book was last opened in the editor. Always set by the service. */
  openedAt?: string | null;
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

/** A commitment found in a record paragraph (see electron/services/library/commitments.ts). */
export type CommitmentKind = 'agreed' | 'decided' | 'will' | 'proposed' | 'requested' | 'suggested';

/** A commitment offered for a book's "Previous commitments" section, with its source. */
export type CommitmentSuggestion = {
  who: string;
  what: string;
  kind: CommitmentKind;
  recordId: string;
  paragraphId: string;
  date: string | null;
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

// —— Topics, faceted search, the topic timeline and the commitment ledger (issue 7) ——

export type TopicAlias = {
  alias: string;
  /** Set when the alias means this topic only for one side's records ("East Sea" for Viet Nam). */
  sourceCountry: string | null;
  builtin: boolean;
};

export type Topic = {
  id: string;
  name: string;
  /** Subjects are shown as tags; countries only widen searches ("Vietnam" finds "Viet Nam"). */
  kind: 'subject' | 'country';
  builtin: boolean;
  aliases: TopicAlias[];
  paragraphCount: number;
};

export type ParagraphTopic = {
  paragraphId: string;
  topicId: string;
  name: string;
  kind: 'subject' | 'country';
  /** Added by the user (kept whatever the aliases say). */
  byUser: boolean;
  /** Read from who is speaking ("East Sea" in a Vietnamese source), with the reason. */
  inferred: boolean;
  reason: string | null;
  /** The words that matched, as written. */
  matched: string | null;
};

export type SearchFilters = {
  /** A topic id, name or alias. */
  topic?: string | undefined;
  /** The counterpart country (any way of writing it: "Vietnam", "ROK"). */
  country?: string | undefined;
  /** A participant's name (diacritics and case ignored). */
  participant?: string | undefined;
  publisher?: string | undefined;
  /** YYYY-MM-DD, inclusive, against the meeting date (else the publication date). */
  from?: string | undefined;
  to?: string | undefined;
};

/** How a paragraph came to match: the words typed, another name of the topic, or its topic tag. */
export type MatchKind = 'literal' | 'alias' | 'tag';

export type GroupedHit = {
  paragraphId: string;
  label: string;
  snippet: SnippetPart[];
  via: MatchKind;
  topics: { id: string; name: string; inferred: boolean }[];
};

export type RecordGroup = {
  recordId: string;
  title: string;
  publisher: string | null;
  date: string | null;
  sourceCountry: string | null;
  hits: GroupedHit[];
};

export type FacetValue = { value: string; label: string; count: number };

export type SearchResult = {
  query: string;
  /** The topic the query named, whose other names and tags widened the search. */
  topic: { id: string; name: string } | null;
  total: number;
  /** True when there were more matches than returned. */
  truncated: boolean;
  groups: RecordGroup[];
  /** Counted over the returned paragraphs. */
  facets: { topic: FacetValue[]; country: FacetValue[]; participant: FacetValue[]; publisher: FacetValue[]; years: FacetValue[] };
};

export type SavedSearch = { id: string; name: string; query: string; filters: SearchFilters; createdAt: string };

export type Counterpart = { country: string; records: number; lastDate: string | null };

export type Side = 'ours' | 'theirs' | 'unknown';

export type TimelineRecord = {
  recordId: string;
  title: string;
  publisher: string | null;
  date: string | null;
  side: Side;
  sourceCountry: string | null;
  sideReason: string;
  paragraphs: { id: string; label: string; text: string; inferred: boolean; reason: string | null }[];
};

/** One meeting: the records of it from both sides (dated within a few days of each other). */
export type Meeting = { date: string | null; title: string; records: TimelineRecord[] };

export type TopicTimeline = { topic: { id: string; name: string }; counterpart: string; meetings: Meeting[] };

export type CommitmentStatus = 'open' | 'in-progress' | 'done' | 'dropped';

export type LedgerEntry = {
  id: string;
  recordId: string;
  recordTitle: string;
  paragraphId: string;
  label: string;
  /** "Both sides", a participant ("Kang Kyung-wha") or a country. */
  who: string;
  whoCountry: string | null;
  kind: 'agreed' | 'decided' | 'will' | 'proposed' | 'requested' | 'suggested';
  /** The commitment in the record's words, from its verb: "agreed to conclude the … agreement". */
  what: string;
  sentence: string;
  date: string | null;
  status: CommitmentStatus;
  note: string;
  /** The same commitment in an earlier record. */
  previous: { id: string; recordTitle: string; date: string | null; similarity: number } | null;
  /** Later records where it came up again. */
  later: { id: string; recordTitle: string; date: string | null }[];
};

export type LastMeeting = {
  counterpart: string;
  meeting: Meeting | null;
  /** What was agreed at it (and undertaken by either side), from the ledger. */
  agreed: LedgerEntry[];
};
