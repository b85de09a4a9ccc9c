// The shape of the store's desk slice (types only: the slice's behaviour is in ../desk.ts).
import type { DeskLiveState, DeskStatus } from '../../../../electron/shared/types.ts';

export type DeskSlice = {
  /** This library's desk: joined or not, the server, the officer, its accreditation. */
  desk: DeskStatus | null;
  /** The live link: Offline, Syncing…, Up to date, and who else has the open book. */
  deskLive: DeskLiveState | null;
  loadDesk: () => Promise<void>;
  /** Which book's presence to show (null: none open). */
  watchDeskBook: (bookId: string | null) => Promise<void>;
  receiveDeskLive: (state: DeskLiveState) => void;
  /** Joins the desk's server; answers null when joined, else what is wrong (shown by the form). */
  joinDesk: (url: string, token: string) => Promise<string | null>;
};
