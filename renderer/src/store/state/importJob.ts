// The shape of the import job in the store's library slice (types only: its behaviour is in ../importJob.ts).
import type { CorrectableField } from '../../../../electron/shared/types.ts';

export type ImportRowStatus = 'waiting' | 'imported' | 'duplicate' | 'failed' | 'cancelled';
export type ImportRow = {
  file: string;
  status: ImportRowStatus;
  message: string | null;
  recordId: string | null;
  title: string | null;
  /** Fields Briefbook was unsure of in the imported record. */
  check?: CorrectableField[];
};

export type ImportJobState = {
  jobId: string;
  status: 'running' | 'done' | 'cancelling' | 'cancelled';
  total: number;
  done: number;
  rows: ImportRow[];
};

/** A file the browser holds: its name and size, and a way to read it as base64 when its turn comes. */
export type BrowserFile = {
  name: string;
  size: number;
  readBase64: () => Promise<string>;
};

export type ImportJobSlice = {
  importJob: ImportJobState | null;
  /** Files from the file input or dropped on the window. */
  importBrowserFiles: (files: BrowserFile[]) => Promise<void>;
  /** Files and folders chosen in the desktop app's open dialog. */
  importPaths: (paths: string[]) => Promise<void>;
  /** Desktop app: the native open dialog (files and folders), then the import. */
  chooseAndImport: () => Promise<void>;
  cancelImport: () => Promise<void>;
  clearImportJob: () => void;
};
