// What differs between hosts. The Electron and browser-host versions live beside this file;
// services and handlers see only this interface.
export type ExportTarget = { path: string; downloadUrl: string | null };

export interface Platform {
  /** Where to write an exported PDF: a save dialog (Electron) or a download (browser); null when the user cancels. */
  chooseExportTarget(fileName: string): Promise<ExportTarget | null>;
  /** Desktop only: a native open dialog for records to import or a .briefbook book; [] when cancelled. */
  chooseFiles?(purpose: 'import' | 'book'): Promise<string[]>;
  /** Desktop only: shows a folder in the system file manager. */
  showFolder?(path: string): Promise<boolean>;
  /** Desktop only: prints a PDF file through the system print dialog; false when the user cancels. */
  printPdf?(path: string): Promise<boolean>;
  /** Desktop only: files the system asked us to open before the window was listening; each is handed out once. */
  takeOpenFiles?(): string[];
}
