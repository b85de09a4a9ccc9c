import { useEffect, useState } from 'react';
import type { SearchFilters } from '../../../../electron/shared/types.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ResultGroups } from '../../components/ResultGroups.tsx';
import { useApp } from '../../store/hooks.ts';
import { Facets } from './Facets.tsx';
import '../topics/topics.css';

const FILTER_NAMES: Record<keyof SearchFilters, string> = {
  topic: 'Topic',
  country: 'Country',
  participant: 'Participant',
  publisher: 'Publisher',
  from: 'From',
  to: 'To',
};

function Results() {
  const result = useApp((s) => s.searchResult);
  const status = useApp((s) => s.facetedSearchStatus);
  const openRecord = useApp((s) => s.openRecord);
  const more = useApp((s) => s.moreSearchResults);
  const moreLoading = useApp((s) => s.moreResultsLoading);
  if (!result) {
    return status === 'loading' ? (
      <p className="muted">Searching…</p>
    ) : (
      <EmptyState title="Search every record">
        <p>Type a topic or any of its names (“East Sea”, “Biển Đông”, “SCS”), a person or a phrase. Narrow with the filters.</p>
      </EmptyState>
    );
  }
  if (result.groups.length === 0) {
    return (
      <EmptyState title={`Nothing found for “${result.query || result.topic?.name || ''}”`}>
        <p>Try fewer filters, or another spelling.</p>
      </EmptyState>
    );
  }
  return (
    <ResultGroups
      result={result}
      loading={moreLoading}
      onMore={() => void more()}
      onOpen={(id, paragraphId) => void openRecord(id, paragraphId)}
    />
  );
}

function SavedSearches() {
  const saved = useApp((s) => s.savedSearches);
  const apply = useApp((s) => s.applySavedSearch);
  const remove = useApp((s) => s.removeSavedSearch);
  if (saved.length === 0) return null;
  return (
    <fieldset className="saved-list" aria-label="Saved searches">
      <span className="subtle">Saved:</span>
      {saved.map((s) => (
        <span key={s.id} className="topic-chip">
          <button type="button" onClick={() => void apply(s)} title={`${s.query} ${JSON.stringify(s.filters)}`}>
            {s.name}
          </button>
          <button type="button" aria-label={`Forget saved search ${s.name}`} onClick={() => void remove(s.id)}>
            ×
          </button>
        </span>
      ))}
    </fieldset>
  );
}

/** Search with facets, results grouped by record, and saved searches. */
export function SearchView() {
  const query = useApp((s) => s.searchQuery);
  const filters = useApp((s) => s.searchFilters);
  const setQuery = useApp((s) => s.setSearchQuery);
  const setFilter = useApp((s) => s.setSearchFilter);
  const runSearch = useApp((s) => s.runSearch);
  const loadSaved = useApp((s) => s.loadSavedSearches);
  const save = useApp((s) => s.saveSearch);
  const result = useApp((s) => s.searchResult);
  const [naming, setNaming] = useState<string | null>(null);

  useEffect(() => {
    void loadSaved();
  }, [loadSaved]);

  const active = Object.entries(filters).filter(([, v]) => v) as [keyof SearchFilters, string][];
  const topicName = (id: string) => result?.facets.topic.find((t) => t.value === id)?.label ?? id;
  return (
    <div className="view">
      <header className="view-header">
        <div>
          <h1>Search</h1>
          <p className="muted">Everything said on a topic, by both sides, in every record.</p>
        </div>
      </header>
      <search>
        <form
          className="search"
          onSubmit={(e) => {
            e.preventDefault();
            void runSearch();
          }}
        >
          <label htmlFor="faceted-search" className="visually-hidden">
            Search all records
          </label>
          <input
            id="faceted-search"
            type="search"
            className="search-input"
            placeholder="A topic, a name or a phrase: South China Sea, pham binh minh, “social security agreement”"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="submit" className="button primary">
            Search
          </button>
        </form>
      </search>
      <div className="active-filters">
        {active.map(([k, v]) => (
          <span key={k} className="topic-chip">
            {FILTER_NAMES[k]}: {k === 'topic' ? topicName(v) : v}
            <button type="button" aria-label={`Remove filter ${FILTER_NAMES[k]}`} onClick={() => void setFilter(k, undefined)}>
              ×
            </button>
          </span>
        ))}
        {(query.trim() || filters.topic) &&
          (naming === null ? (
            <button type="button" className="button small ghost" onClick={() => setNaming(query.trim() || 'My search')}>
              Save this search…
            </button>
          ) : (
            <form
              onSubmit={async (e) => {
                e.preventDefault();
                if (naming.trim()) await save(naming.trim());
                setNaming(null);
              }}
              className="button-row"
            >
              <input aria-label="Name of the saved search" value={naming} onChange={(e) => setNaming(e.target.value)} />
              <button type="submit" className="button small">
                Save
              </button>
            </form>
          ))}
        <SavedSearches />
      </div>
      <div className="search-layout">
        <Facets />
        <Results />
      </div>
    </div>
  );
}
