import type { ExportSlice } from './state/export.ts';
import type { SliceCreator } from './types.ts';

export type { ExportJob, ExportSlice, PreviewState } from './state/export.ts';

function newJobId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export const createExportSlice: SliceCreator<ExportSlice> = (set, get, { client }) => ({
  exportJob: null,
  exportOptions: {},
  setExportOptions: (patch) => set({ exportOptions: { ...get().exportOptions, ...patch } }),
  pdfPreview: null,

  previewPdf: async () => {
    const book = get().book;
    if (!book) return;
    const jobId = newJobId();
    set({ pdfPreview: { status: 'running', jobId, preview: null, error: null } });
    const res = await client.call('pdf.preview', { bookId: book.id, jobId, options: get().exportOptions });
    if (get().pdfPreview?.jobId !== jobId) return;
    if (res.ok) set({ pdfPreview: { status: 'done', jobId, preview: res.value, error: null } });
    else set({ pdfPreview: { status: 'failed', jobId, preview: null, error: res.error.message } });
  },
  closePreview: () => {
    const p = get().pdfPreview;
    if (p?.status === 'running') void client.call('pdf.cancel', { jobId: p.jobId });
    set({ pdfPreview: null });
  },

  exportPdf: async () => {
    const book = get().book;
    if (!book) {
      get().showError('Could not export', 'Open or create a briefing book first.');
      return null;
    }
    if (get().exportJob?.status === 'running') return null;
    const jobId = newJobId();
    set({ exportJob: { jobId, bookId: book.id, status: 'running', progress: null, result: null, error: null } });
    const res = await client.call('pdf.export', { bookId: book.id, jobId, options: get().exportOptions });
    const job = get().exportJob;
    if (!job || job.jobId !== jobId) return res.ok ? res.value : null;
    if (res.ok) {
      set({ exportJob: { ...job, status: 'done', result: res.value } });
      return res.value;
    }
    if (res.error.code === 'CANCELLED') {
      set({ exportJob: { ...job, status: 'cancelled', error: null } });
      return null;
    }
    set({ exportJob: { ...job, status: 'failed', error: res.error.message } });
    get().showError('The PDF could not be made', res.error);
    return null;
  },

  cancelExport: async () => {
    const job = get().exportJob;
    if (job?.status !== 'running') return;
    await client.call('pdf.cancel', { jobId: job.jobId });
  },

  onExportProgress: (progress) => {
    const job = get().exportJob;
    if (!job || job.jobId !== progress.jobId || job.status !== 'running') return;
    set({ exportJob: { ...job, progress } });
  },

  clearExport: () => set({ exportJob: null }),
});
