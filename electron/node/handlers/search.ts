import type { HandlerMap } from '../rpc/dispatch.ts';
import { listSavedSearches, removeSavedSearch, saveSearch } from '../search/saved.ts';
import { searchLibrary } from '../search/search.ts';

type SearchMethods = 'search.run' | 'search.saved' | 'search.save' | 'search.removeSaved';

export const searchHandlers: HandlerMap<SearchMethods> = {
  'search.run': ({ query, filters, limit, offset, perRecord }, ctx) =>
    searchLibrary(ctx.db, query, { filters, limit, offset, perRecord }),
  'search.saved': (_input, ctx) => listSavedSearches(ctx.db),
  'search.save': ({ name, query, filters }, ctx) => saveSearch(ctx.db, name, query, filters ?? {}),
  'search.removeSaved': ({ id }, ctx) => {
    removeSavedSearch(ctx.db, id);
    return { removed: true as const };
  },
};
