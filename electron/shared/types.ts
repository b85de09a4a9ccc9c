// Data that crosses the API. JSON only: ISO dates (YYYY-MM-DD or full ISO timestamps), file paths, no buffers.

import type { RecordEvidence } from './types/evidence.ts';
import type { SnippetPart } from './types/snippet.ts';
import type { MatchKind } from './types/topics.ts';

export type Participant = {
  /** Full name as first written in the record, e.g. "Kang Kyung-wha"; null when the record names only a role. */
  name: string | null;
  /** Role as given, e.g. "Minister of Foreign Affairs". */
  role: string | null;
  /** Country the person speaks for, e.g. "Republic of Korea", "Viet Nam". */
  country: string | null;
  /** Other ways the record refers to the same person ("Minister Kang", "FM Son"). */
  aliases: string[];
  /** 0…1: how sure Briefbook is that this person took part as read; absent for people a person typed. */
  confidence?: number;
  /** Why this person is listed ("named with a title in the first paragraph"). */
  why?: string;
  /** True when a person should look at this entry. */
  check?: boolean;
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
  /** Fields Briefbook was unsure of and nobody has confirmed or corrected yet: shown as "Check". */
  check?: CorrectableField[];
};

export type RecordDetail = RecordSummary & {
  participants: Participant[];
  paragraphs: Paragraph[];
  dateNotes: DateNote[];
  /** Paragraph ids already cited by a talking point in some book. */
  usedParagraphIds: string[];
  /** Fields the user corrected; the field itself holds the corrected value. */
  corrections?: RecordCorrection[];
  /** Why each field reads as it does: the candidates found, the one chosen, how sure. */
  evidence?: RecordEvidence;
  /** Fields a person confirmed as Briefbook read them. */
  confirmations?: { field: CorrectableField; confirmedAt: string }[];
};

/** The record details a desk officer can correct in the Reader. */
export const CORRECTABLE_FIELDS = [
  'title',
  'publisher',
  'publishedAt',
  'meetingDate',
  'place',
  'language',
  'participants',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** One corrected field and what Briefbook had read there (participants: their JSON). */
export type RecordCorrection = { field: CorrectableField; original: string | null; correctedAt: string };

export type { SnippetPart } from './types/snippet.ts';

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
  | {
      file: string;
      ok: true /** Already in the library: nothing new was stored. */;
      duplicate: boolean;
      record: RecordSummary;
      /** How the file was read, when the user should know (a guessed encoding, damaged bytes shown as “�”). */
      warnings?: string[];
    }
  | { file: string; ok: false; error: { code: string; message: string } };

/** One file of a batch import done (library.importProgress): `done` of `total`, and how it went. */
export type ImportProgress = { jobId: string; done: number; total: number; file: string; outcome: ImportOutcome };

export * from './types/books.ts';
export * from './types/desk.ts';
export * from './types/evidence.ts';
export * from './types/people.ts';
export * from './types/settings.ts';
export * from './types/topics.ts';
