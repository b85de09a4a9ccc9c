// The shape of the store's settings slice (types only: the slice's behaviour is in ../settings.ts).
import type { Status } from './status.ts';

export type SettingsSlice = {
  /** The desk's country by its one name ("Republic of Korea"); null until set. */
  deskCountry: string | null;
  /** Every country Briefbook knows, for the country list. */
  countries: string[];
  settingsStatus: Status;
  settingsOpen: boolean;
  /** The first-run question was put off for this session ("Later"). */
  firstRunDismissed: boolean;
  loadSettings: () => Promise<void>;
  /** Sets the desk's country; answers null when done, else what is wrong (shown by the field). */
  setDeskCountry: (name: string) => Promise<string | null>;
  openSettings: (open: boolean) => void;
  dismissFirstRun: () => void;
};
