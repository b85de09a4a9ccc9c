// The import job's state and actions, spread into the library slice: one batch at a time, a row per
// file (waiting → imported / already in library / failed and why), progress from
// library.importProgress events, and cancel. Plain TS (no DOM) so the store tests can load it.
import { MAX_IMPORT_BYTES, megabytes } from '../../../electron/shared/limits.ts';
import type { ImportOutcome, ImportProgress } from '../../../electron/shared/types.ts';
import type { SliceCreator } from './types.ts';

export { MAX_IMPORT_BYTES };

/** Base64 per call: files are sent in batches well under the browser host's body limit (MAX_REQUEST_BODY_BYTES). */
const MAX_CALL_BASE64 = 20 * 1024 * 1024;

import type { BrowserFile, ImportJobSlice, ImportJobState, ImportRow } from './state/importJob.ts';

export type { BrowserFile, ImportJobSlice, ImportJobState, ImportRow, ImportRowStatus } from './state/importJob.ts';

function newJobId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

function rowOf(outcome: ImportOutcome): ImportRow {
  const file = baseName(outcome.file);
  if (outcome.ok) {
    return {
      file,
      status: outcome.duplicate ? 'duplicate' : 'imported',
      message: null,
      recordId: outcome.record.id,
      title: outcome.record.title,
      check: outcome.record.check ?? [],
    };
  }
  return {
    file,
    status: outcome.error.code === 'CANCELLED' ? 'cancelled' : 'failed',
    message: outcome.error.message,
    recordId: null,
    title: null,
  };
}

function sizeText(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const createImportJobSlice: SliceCreator<ImportJobSlice> = (set, get, { client }) => {
  /** Updates the running job's rows, if it is still the job on screen. */
  const update = (jobId: string, fn: (job: ImportJobState) => ImportJobState) => {
    const job = get().importJob;
    if (job && job.jobId === jobId) set({ importJob: fn(job) });
  };
  const setRow = (jobId: string, index: number, row: ImportRow) =>
    update(jobId, (job) => {
      const rows = job.rows.slice();
      const wasWaiting = rows[index]?.status === 'waiting';
      rows[index] = row;
      return { ...job, rows, done: job.done + (wasWaiting ? 1 : 0) };
    });

  const finish = async (jobId: string) => {
    update(jobId, (job) => ({
      ...job,
      status: job.status === 'cancelling' ? 'cancelled' : 'done',
    }));
    const job = get().importJob;
    if (job?.jobId === jobId) {
      const imported = job.rows.filter((r) => r.status === 'imported').length;
      const failed = job.rows.filter((r) => r.status === 'failed').length;
      if (imported)
        get().notify(
          'success',
          imported === 1 ? 'Record imported' : `${imported} records imported`,
          failed ? `${failed} could not be imported` : undefined,
        );
    }
    await get().loadRecords();
  };

  /** Runs one call of the batch; rows from `offset` follow its progress events. */
  const runCall = async (
    jobId: string,
    offset: number,
    call: () => Promise<{ ok: true; value: ImportOutcome[] } | { ok: false; error: { code: string; message: string } }>,
    count: number,
  ) => {
    const off = client.on('library.importProgress', (p: ImportProgress) => {
      if (p.jobId === jobId) setRow(jobId, offset + p.done - 1, rowOf(p.outcome));
    });
    try {
      const res = await call();
      if (res.ok) {
        for (const [i, o] of res.value.entries()) setRow(jobId, offset + i, rowOf(o));
      } else {
        for (let i = 0; i < count; i++) {
          const row = get().importJob?.rows[offset + i];
          if (row?.status === 'waiting')
            setRow(jobId, offset + i, {
              ...row,
              status: 'failed',
              message: res.error.message,
            });
        }
      }
    } finally {
      off();
    }
  };

  const start = (files: string[]): string | null => {
    if (get().importJob?.status === 'running' || get().importJob?.status === 'cancelling') return null;
    const jobId = newJobId();
    set({
      importJob: {
        jobId,
        status: 'running',
        total: files.length,
        done: 0,
        rows: files.map((file) => ({
          file: baseName(file),
          status: 'waiting',
          message: null,
          recordId: null,
          title: null,
        })),
      },
    });
    return jobId;
  };

  return {
    importJob: null,

    importBrowserFiles: async (files) => {
      if (files.length === 0) return;
      const jobId = start(files.map((f) => f.name));
      if (!jobId) return;
      let i = 0;
      while (i < files.length) {
        if (get().importJob?.status !== 'running') break;
        const file = files[i] as BrowserFile;
        if (file.size > MAX_IMPORT_BYTES) {
          setRow(jobId, i, {
            file: file.name,
            status: 'failed',
            message: `${file.name} is ${sizeText(file.size)}; Briefbook imports records of up to ${megabytes(MAX_IMPORT_BYTES)}. Split it, or import the part you need as text.`,
            recordId: null,
            title: null,
          });
          i++;
          continue;
        }
        // Files travel a few at a time, each call under the request limit.
        const batch: { name: string; base64: string }[] = [];
        const offset = i;
        let size = 0;
        while (i < files.length && (batch.length === 0 || size + ((files[i] as BrowserFile).size * 4) / 3 <= MAX_CALL_BASE64)) {
          const f = files[i] as BrowserFile;
          if (f.size > MAX_IMPORT_BYTES) break;
          let base64: string;
          try {
            base64 = await f.readBase64();
          } catch {
            setRow(jobId, i, {
              file: f.name,
              status: 'failed',
              message: `Briefbook could not read ${f.name} from your computer.`,
              recordId: null,
              title: null,
            });
            if (batch.length === 0) {
              i++;
              break;
            }
            break;
          }
          batch.push({ name: f.name, base64 });
          size += base64.length;
          i++;
        }
        if (batch.length)
          await runCall(jobId, offset, () => client.call('library.importData', { jobId, files: batch }), batch.length);
      }
      // Files never sent because of cancel.
      const job = get().importJob;
      if (job?.jobId === jobId) {
        job.rows.forEach((row, index) => {
          if (row.status === 'waiting')
            setRow(jobId, index, {
              ...row,
              status: 'cancelled',
              message: `${row.file} was not imported: the import was cancelled.`,
            });
        });
      }
      await finish(jobId);
    },

    importPaths: async (paths) => {
      if (paths.length === 0) return;
      // Folders expand on the backend; rows appear as the progress events name the files.
      const jobId = start([]);
      if (!jobId) return;
      const off = client.on('library.importProgress', (p: ImportProgress) => {
        if (p.jobId !== jobId) return;
        update(jobId, (job) => {
          const rows = job.rows.slice();
          rows[p.done - 1] = rowOf(p.outcome);
          return { ...job, rows, total: p.total, done: p.done };
        });
      });
      try {
        const res = await client.call('library.import', { paths, jobId });
        if (res.ok)
          update(jobId, (job) => ({
            ...job,
            rows: res.value.map(rowOf),
            total: res.value.length,
            done: res.value.length,
          }));
        else get().showError('The import failed', res.error);
      } finally {
        off();
      }
      await finish(jobId);
    },

    chooseAndImport: async () => {
      const res = await client.call('app.chooseFiles', { purpose: 'import' });
      if (!res.ok) {
        get().showError('Could not open the file chooser', res.error);
        return;
      }
      await get().importPaths(res.value.paths);
    },

    cancelImport: async () => {
      const job = get().importJob;
      if (job?.status !== 'running') return;
      set({ importJob: { ...job, status: 'cancelling' } });
      await client.call('library.cancelImport', { jobId: job.jobId });
    },

    clearImportJob: () => {
      const status = get().importJob?.status;
      if (status !== 'running' && status !== 'cancelling') set({ importJob: null });
    },
  };
};
