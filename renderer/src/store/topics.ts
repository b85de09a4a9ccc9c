import { appendPage, RECORDS_PER_PAGE } from './searchPages.ts';
import type { TopicsSlice } from './state/topics.ts';
import type { SliceCreator } from './types.ts';

export type { TopicsSlice } from './state/topics.ts';

export const createTopicsSlice: SliceCreator<TopicsSlice> = (set, get, { client, run, prefs }) => {
  let searchSeq = 0;
  return {
    topics: [],
    counterparts: [],
    homeCountry: null,
    counterpart: prefs.get('counterpart'),
    topicId: prefs.get('topic'),
    timeline: null,
    timelineStatus: 'idle',
    lastMeeting: null,
    ledger: [],
    ledgerStatus: 'idle',
    searchQuery: '',
    searchFilters: {},
    searchResult: null,
    facetedSearchStatus: 'idle',
    moreResultsLoading: false,
    savedSearches: [],
    paragraphTags: [],
    paragraphTagsRecordId: null,

    loadTopics: async () => {
      const topics = await run(client.call('topics.list', {}), 'Could not load the topics');
      if (topics) set({ topics });
    },

    loadCounterparts: async () => {
      const res = await run(client.call('topics.counterparts', {}), 'Could not load the counterparts');
      if (!res) return;
      const keep = res.counterparts.some((c) => c.country === get().counterpart);
      set({
        counterparts: res.counterparts,
        homeCountry: res.home,
        counterpart: keep ? get().counterpart : (res.counterparts[0]?.country ?? null),
      });
    },

    chooseCounterpart: async (country) => {
      set({ counterpart: country });
      prefs.set('counterpart', country);
      await Promise.all([get().loadTimeline(), get().loadLedger()]);
    },

    chooseTopic: async (topicId) => {
      set({ topicId });
      prefs.set('topic', topicId);
      await get().loadTimeline();
    },

    loadTimeline: async () => {
      const { counterpart, topicId } = get();
      if (!counterpart) return;
      set({ timelineStatus: 'loading' });
      const [timeline, last] = await Promise.all([
        topicId
          ? run(client.call('topics.timeline', { topic: topicId, counterpart }), 'Could not load the topic')
          : Promise.resolve(null),
        run(client.call('topics.lastMeeting', { counterpart }), 'Could not load the last meeting'),
      ]);
      set({ timeline, lastMeeting: last, timelineStatus: 'ready' });
    },

    loadLedger: async () => {
      const { counterpart } = get();
      set({ ledgerStatus: 'loading' });
      const ledger = await run(client.call('ledger.list', counterpart ? { counterpart } : {}), 'Could not load the commitments');
      if (ledger) set({ ledger, ledgerStatus: 'ready' });
      else set({ ledgerStatus: 'error' });
    },

    setCommitment: async (id, change) => {
      const entry = await run(client.call('ledger.update', { id, ...change }), 'Could not save the commitment');
      if (entry) set({ ledger: get().ledger.map((e) => (e.id === id ? entry : e)) });
    },

    fillBookFromLedger: async () => {
      const { counterpart } = get();
      const book = get().book;
      if (!book) {
        get().notify(
          'error',
          'No book is open',
          'Open or create a briefing book first; its “Previous commitments” will be filled.',
        );
        return null;
      }
      if (!counterpart) return null;
      const res = await run(client.call('ledger.fillBook', { bookId: book.id, counterpart }), 'Could not fill the book');
      if (!res) return null;
      set({ book: res.book });
      void get().loadBooks();
      get().notify(
        'success',
        `Added ${res.added} commitment${res.added === 1 ? '' : 's'} to “${res.book.title}”`,
        'See “Previous commitments” in the book.',
      );
      return res.added;
    },

    createTopic: async (name, aliases) => {
      const topic = await run(client.call('topics.create', { name, aliases }), 'Could not add the topic');
      if (topic) await get().loadTopics();
      return topic;
    },

    addAlias: async (topicId, alias, sourceCountry) => {
      const topic = await run(client.call('topics.addAlias', { topicId, alias, sourceCountry }), 'Could not add the alias');
      if (topic) set({ topics: get().topics.map((t) => (t.id === topicId ? topic : t)) });
      return Boolean(topic);
    },

    setSearchQuery: (searchQuery) => set({ searchQuery }),

    setSearchFilter: async (key, value) => {
      const filters = { ...get().searchFilters };
      if (value) filters[key] = value;
      else delete filters[key];
      set({ searchFilters: filters });
      await get().runSearch();
    },

    runSearch: async () => {
      const query = get().searchQuery.trim();
      const filters = get().searchFilters;
      const seq = ++searchSeq;
      if (!query && !filters.topic) {
        set({ searchResult: null, facetedSearchStatus: 'idle' });
        return;
      }
      set({ facetedSearchStatus: 'loading' });
      const res = await client.call('search.run', { query, filters, limit: RECORDS_PER_PAGE });
      if (seq !== searchSeq) return;
      if (res.ok) set({ searchResult: res.value, facetedSearchStatus: 'ready' });
      else {
        set({ facetedSearchStatus: 'error' });
        get().showError('Search failed', res.error);
      }
    },

    moreSearchResults: async () => {
      const shown = get().searchResult;
      if (!shown || shown.nextOffset === null || get().moreResultsLoading) return;
      const seq = searchSeq;
      set({ moreResultsLoading: true });
      const res = await client.call('search.run', {
        query: get().searchQuery.trim(),
        filters: get().searchFilters,
        limit: RECORDS_PER_PAGE,
        offset: shown.nextOffset,
      });
      set({ moreResultsLoading: false });
      if (seq !== searchSeq) return; // a new search replaced these results
      if (res.ok) set({ searchResult: appendPage(shown, res.value) });
      else get().showError('Could not show more records', res.error);
    },

    loadSavedSearches: async () => {
      const saved = await run(client.call('search.saved', {}), 'Could not load the saved searches');
      if (saved) set({ savedSearches: saved });
    },

    saveSearch: async (name) => {
      const saved = await run(
        client.call('search.save', { name, query: get().searchQuery.trim(), filters: get().searchFilters }),
        'Could not save the search',
      );
      if (saved) {
        get().notify('success', `Saved “${saved.name}”`);
        await get().loadSavedSearches();
      }
    },

    applySavedSearch: async (saved) => {
      set({ searchQuery: saved.query, searchFilters: saved.filters });
      await get().runSearch();
    },

    removeSavedSearch: async (id) => {
      const ok = await run(client.call('search.removeSaved', { id }), 'Could not remove the saved search');
      if (ok) set({ savedSearches: get().savedSearches.filter((s) => s.id !== id) });
    },

    loadParagraphTags: async (recordId) => {
      const res = await client.call('topics.forRecord', { recordId });
      if (res.ok) set({ paragraphTags: res.value, paragraphTagsRecordId: recordId });
    },

    tagParagraph: async (paragraphId, topicId, on) => {
      const tags = await run(
        client.call(on ? 'topics.tag' : 'topics.untag', { paragraphId, topicId }),
        on ? 'Could not add the topic' : 'Could not remove the topic',
      );
      if (tags) set({ paragraphTags: tags });
    },
  };
};
