// The shape of the store's library slice (types only: the slice's behaviour is in ../library.ts).
import type {
  CorrectableField,
  Participant,
  RecordDetail,
  RecordSummary,
  SearchResult,
} from '../../../../electron/shared/types.ts';
import type { ImportJobSlice } from './importJob.ts';
import type { Status } from './status.ts';

export type LibrarySlice = ImportJobSlice & {
  records: RecordSummary[];
  recordsStatus: Status;
  query: string;
  /** The query the current `found` answers (may lag behind `query` while typing). */
  searchedQuery: string;
  /** The records that match, a page at a time (grouped by record, best first). */
  found: SearchResult | null;
  /** Asks for the next page of records and appends it. */
  searchMore: () => Promise<void>;
  searchStatus: 'idle' | 'searching' | 'done' | 'error';
  record: RecordDetail | null;
  recordStatus: Status;
  importStatus: 'idle' | 'importing';
  importError: string | null;
  /** The library list shows only records with a field marked Check. */
  needsReview: boolean;

  loadRecords: () => Promise<void>;
  setNeedsReview: (on: boolean) => Promise<void>;
  /** Says a field of the open record reads right: its Check mark goes. */
  confirmField: (field: CorrectableField) => Promise<void>;
  setQuery: (query: string) => void;
  search: (query?: string) => Promise<void>;
  clearSearch: () => void;
  openRecord: (id: string, paragraphId?: string | null) => Promise<void>;
  /** Re-reads the open record (e.g. after a paragraph was added to a book). */
  refreshRecord: () => Promise<void>;
  importText: (text: string, name?: string) => Promise<RecordSummary | null>;
  clearImportError: () => void;
  /** Corrects one detail of the open record; resolves to an error message, or null when saved. */
  correctRecord: (field: CorrectableField, value: string | null | Participant[]) => Promise<string | null>;
  /** Brings back what Briefbook read for a corrected field. */
  revertCorrection: (field: CorrectableField) => Promise<void>;
};
