// The desk: this library joined to a desk server, and what a sync did.
import type { Classification } from '../classification.ts';

export type DeskJoinResult = { joined: true; url: string; officer: string; accredited: Classification };

export type DeskStatus = {
  joined: boolean;
  url: string | null;
  officer: string | null;
  accredited: Classification | null;
  /** Changes made here that the server has not yet stored. */
  pendingChanges: number;
  pendingBytes: number;
  /** Books marked above what the server is accredited for: they never leave this laptop. */
  localOnlyBooks: number;
  lastSync: string | null;
};

export type DeskSyncReport = {
  sent: { changes: number; bytes: number };
  received: { changes: number; bytes: number };
  books: { created: number; updated: number; removed: number };
  records: { added: number; corrected: number };
  /** Hand edits of the people directory (merges, forms, names, countries, roles) made here from the desk. */
  people: number;
  /** Books that stayed on this laptop, with why. */
  refused: string[];
};

export type DeskRestriction = { bookId: string; officers: string[] | null };

/** What the app shows of the desk: "Offline", "Syncing…", "Up to date", and who else has the book open. */
export type DeskLiveState = {
  state: 'not-joined' | 'offline' | 'syncing' | 'up-to-date';
  /** Why offline, or a book that stayed on this laptop. */
  message: string | null;
  bookId: string | null;
  /** The other officers who have this book open now. */
  others: string[];
};
