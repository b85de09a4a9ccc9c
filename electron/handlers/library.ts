import type { HandlerMap } from '../rpc/dispatch.ts';
import { importFiles, importText } from '../services/library/import.ts';
import { getRecord, listRecords } from '../services/library/records.ts';
import { searchParagraphs } from '../services/library/search.ts';

type LibraryMethods = 'library.list' | 'library.get' | 'library.search' | 'library.import' | 'library.importText';

export const libraryHandlers: HandlerMap<LibraryMethods> = {
  'library.list': (_input, ctx) => listRecords(ctx.db),
  'library.get': ({ id }, ctx) => getRecord(ctx.db, id),
  'library.search': ({ query, limit }, ctx) => searchParagraphs(ctx.db, query, limit),
  'library.import': ({ paths }, ctx) => {
    const outcomes = importFiles(ctx.db, paths);
    if (outcomes.some((o) => o.ok && !o.duplicate)) ctx.emit('library.changed', { reason: 'import' });
    return outcomes;
  },
  'library.importText': ({ text, name }, ctx) => {
    const { record, duplicate } = importText(ctx.db, text, name ?? null);
    if (!duplicate) ctx.emit('library.changed', { reason: 'import' });
    return record;
  },
};
