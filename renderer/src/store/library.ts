import { createImportJobSlice } from './importJob.ts';
import { appendPage, RECORDS_PER_PAGE } from './searchPages.ts';
import type { LibrarySlice } from './state/library.ts';
import type { SliceCreator } from './types.ts';

export type { LibrarySlice } from './state/library.ts';

export const createLibrarySlice: SliceCreator<LibrarySlice> = (set, get, deps) => {
  const { client, run } = deps;
  let searchSeq = 0;
  let recordSeq = 0;
  return {
    ...createImportJobSlice(set, get, deps),
    records: [],
    recordsStatus: 'idle',
    query: '',
    searchedQuery: '',
    found: null,
    searchStatus: 'idle',
    record: null,
    recordStatus: 'idle',
    importStatus: 'idle',
    importError: null,
    needsReview: false,

    loadRecords: async () => {
      set({ recordsStatus: get().records.length ? 'ready' : 'loading' });
      const records = await run(
        client.call('library.list', get().needsReview ? { needsReview: true } : {}),
        'Could not load the library',
      );
      if (records) set({ records, recordsStatus: 'ready' });
      else set({ recordsStatus: 'error' });
    },

    setNeedsReview: async (on) => {
      set({ needsReview: on });
      await get().loadRecords();
    },

    confirmField: async (field) => {
      const current = get().record;
      if (!current) return;
      const res = await run(client.call('library.confirm', { recordId: current.id, field }), 'Could not confirm the field');
      if (res && get().record?.id === current.id) set({ record: res });
      await get().loadRecords();
    },

    setQuery: (query) => {
      set({ query });
      if (!query.trim()) get().clearSearch();
    },

    search: async (query = get().query) => {
      const q = query.trim();
      const seq = ++searchSeq;
      if (!q) {
        set({ found: null, searchedQuery: '', searchStatus: 'idle' });
        return;
      }
      set({ searchStatus: 'searching' });
      const res = await client.call('search.run', { query: q, limit: RECORDS_PER_PAGE });
      if (seq !== searchSeq) return; // a newer search superseded this one
      if (res.ok) {
        set({ found: res.value, searchedQuery: q, searchStatus: 'done' });
      } else {
        set({ found: null, searchedQuery: q, searchStatus: 'error' });
        get().showError('Search failed', res.error);
      }
    },

    clearSearch: () => {
      searchSeq++;
      set({ query: '', found: null, searchedQuery: '', searchStatus: 'idle' });
    },

    searchMore: async () => {
      const shown = get().found;
      if (!shown || shown.nextOffset === null || get().searchStatus === 'searching') return;
      const seq = searchSeq;
      set({ searchStatus: 'searching' });
      const res = await client.call('search.run', {
        query: get().searchedQuery,
        limit: RECORDS_PER_PAGE,
        offset: shown.nextOffset,
      });
      if (seq !== searchSeq) return;
      set({ searchStatus: 'done' });
      if (res.ok) set({ found: appendPage(shown, res.value) });
      else get().showError('Could not show more records', res.error);
    },

    openRecord: async (id, paragraphId = null) => {
      get().setView({ name: 'reader', recordId: id, paragraphId });
      if (get().record?.id === id) {
        void get().refreshRecord();
        return;
      }
      const seq = ++recordSeq;
      set({ recordStatus: 'loading' });
      const record = await run(client.call('library.get', { id }), 'Could not open the record');
      if (seq !== recordSeq) return;
      if (record) set({ record, recordStatus: 'ready' });
      else set({ recordStatus: 'error' });
    },

    refreshRecord: async () => {
      const current = get().record;
      if (!current) return;
      const seq = ++recordSeq;
      const res = await client.call('library.get', { id: current.id });
      if (seq !== recordSeq) return;
      if (res.ok) set({ record: res.value, recordStatus: 'ready' });
    },

    importText: async (text, name) => {
      set({ importStatus: 'importing', importError: null });
      const trimmedName = name?.trim();
      const res = await client.call('library.importText', trimmedName ? { text, name: trimmedName } : { text });
      if (!res.ok) {
        set({ importStatus: 'idle', importError: importMessage(res.error.code, res.error.message) });
        return null;
      }
      set({ importStatus: 'idle', importError: null });
      get().notify('success', 'Record imported', res.value.title);
      await get().loadRecords();
      return res.value;
    },

    clearImportError: () => set({ importError: null }),

    correctRecord: async (field, value) => {
      const current = get().record;
      if (!current) return 'No record is open.';
      const res = await client.call('library.correct', { recordId: current.id, field, value } as never);
      if (!res.ok) return res.error.message;
      if (get().record?.id === current.id) set({ record: res.value });
      await get().loadRecords();
      return null;
    },

    revertCorrection: async (field) => {
      const current = get().record;
      if (!current) return;
      const res = await run(
        client.call('library.revertCorrection', { recordId: current.id, field }),
        'Could not revert the correction',
      );
      if (res && get().record?.id === current.id) set({ record: res });
      await get().loadRecords();
    },
  };
};

function importMessage(code: string, message: string): string {
  switch (code) {
    case 'IMPORT_EMPTY':
      return message || 'There is no text to import. Paste the text of a press release or readout first.';
    case 'IMPORT_BINARY':
    case 'IMPORT_UNREADABLE':
      return message || 'Briefbook could not read this text.';
    default:
      return message || 'The text could not be imported.';
  }
}
