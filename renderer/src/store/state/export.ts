// The shape of the store's export slice (types only: the slice's behaviour is in ../export.ts).
import type { ExportProgress, ExportResult, PdfOptions, PdfPreview } from '../../../../electron/shared/types.ts';

export type ExportJob = {
  jobId: string;
  bookId: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  progress: ExportProgress | null;
  result: ExportResult | null;
  error: string | null;
};

export type PreviewState = {
  status: 'running' | 'done' | 'failed';
  jobId: string;
  preview: PdfPreview | null;
  error: string | null;
};

export type ExportSlice = {
  exportJob: ExportJob | null;
  /** How the next export or preview is printed (paper, scope, annex…). */
  exportOptions: PdfOptions;
  setExportOptions: (patch: Partial<PdfOptions>) => void;
  /** The in-app preview of the current options, or null when closed. */
  pdfPreview: PreviewState | null;
  previewPdf: () => Promise<void>;
  closePreview: () => void;
  exportPdf: () => Promise<ExportResult | null>;
  cancelExport: () => Promise<void>;
  /** Called for every pdf.progress event; ignores other jobs. */
  onExportProgress: (progress: ExportProgress) => void;
  clearExport: () => void;
};
