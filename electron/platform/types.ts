// What differs between hosts. The Electron and browser-host versions live beside this file;
// services and handlers see only this interface.
export type ExportTarget = { path: string; downloadUrl: string | null };

export interface Platform {
  /** Where to write an exported PDF: a save dialog (Electron) or a download (browser); null when the user cancels. */
  chooseExportTarget(fileName: string): Promise<ExportTarget | null>;
}
