import { randomUUID } from 'node:crypto';
import type { ImportOutcome } from '../../shared/types.ts';
import { correctField, revertCorrection } from '../library/corrections.ts';
import { type ImportSource, importText, pathSources } from '../library/import.ts';
import { runImportJob } from '../library/import-job.ts';
import { getRecord, listRecords } from '../library/records.ts';
import { reparseRecords } from '../library/reparse.ts';
import { confirmField } from '../library/review.ts';
import { transaction } from '../open/connection.ts';
import { learnFromRecord } from '../people/learn.ts';
import type { ServiceContext } from '../rpc/context.ts';
import type { HandlerMap } from '../rpc/dispatch.ts';
import { searchParagraphs } from '../search/search.ts';

type LibraryMethods =
  | 'library.list'
  | 'library.get'
  | 'library.search'
  | 'library.import'
  | 'library.importText'
  | 'library.importData'
  | 'library.cancelImport'
  | 'library.correct'
  | 'library.revertCorrection'
  | 'library.confirm'
  | 'library.reparse';

/** Runs a batch off the main thread, with a progress event per file and cancel by job id. */
async function runBatch(ctx: ServiceContext, sources: ImportSource[], jobId: string | undefined): Promise<ImportOutcome[]> {
  const id = jobId ?? randomUUID();
  const controller = new AbortController();
  ctx.jobs.set(id, controller);
  try {
    const outcomes = await runImportJob(ctx.db, sources, {
      signal: controller.signal,
      onProgress: (step) => ctx.emit('library.importProgress', { jobId: id, ...step }),
    });
    if (outcomes.some((o) => o.ok && !o.duplicate)) ctx.emit('library.changed', { reason: 'import' });
    return outcomes;
  } finally {
    ctx.jobs.delete(id);
  }
}

export const libraryHandlers: HandlerMap<LibraryMethods> = {
  'library.list': ({ needsReview }, ctx) => listRecords(ctx.db, { needsReview: needsReview ?? false }),
  'library.get': ({ id }, ctx) => getRecord(ctx.db, id),
  'library.search': ({ query, limit, filters, offset }, ctx) => searchParagraphs(ctx.db, query, limit, filters, offset),
  'library.import': ({ paths, jobId }, ctx) => runBatch(ctx, pathSources(paths), jobId),
  'library.importData': ({ files, jobId }, ctx) => {
    // The schema caps each at just over 25 MB; importDocument checks the exact decoded size.
    const sources = files.map(
      ({ name, base64 }): ImportSource => ({
        file: name,
        name,
        bytes: new Uint8Array(Buffer.from(base64, 'base64')),
      }),
    );
    return runBatch(ctx, sources, jobId);
  },
  'library.importText': ({ text, name }, ctx) => {
    const { record, duplicate } = importText(ctx.db, text, name ?? null);
    if (!duplicate) ctx.emit('library.changed', { reason: 'import' });
    return record;
  },
  'library.cancelImport': ({ jobId }, ctx) => {
    const job = ctx.jobs.get(jobId);
    job?.abort();
    return { cancelled: Boolean(job) };
  },
  'library.correct': (input, ctx) => {
    correctField(ctx.db, input.recordId, input.field, input.value);
    ctx.emit('library.changed', { reason: 'correct' });
    return getRecord(ctx.db, input.recordId);
  },
  'library.revertCorrection': ({ recordId, field }, ctx) => {
    revertCorrection(ctx.db, recordId, field);
    ctx.emit('library.changed', { reason: 'correct' });
    return getRecord(ctx.db, recordId);
  },
  'library.confirm': ({ recordId, field }, ctx) => {
    transaction(ctx.db, () => {
      confirmField(ctx.db, recordId, field);
      // Participants a person confirmed teach the directory: those people are confirmed too.
      if (field === 'participants') learnFromRecord(ctx.db, getRecord(ctx.db, recordId), { confirmed: true });
    });
    ctx.emit('library.changed', { reason: 'correct' });
    return getRecord(ctx.db, recordId);
  },
  'library.reparse': ({ id }, ctx) => {
    const result = reparseRecords(ctx.db, id);
    if (result.changed > 0) ctx.emit('library.changed', { reason: 'correct' });
    return result;
  },
};
