import { EmptyState } from '../../components/EmptyState.tsx';
import { formatDate, plural } from '../../components/format.ts';
import { MoreRecords } from '../../components/MoreRecords.tsx';
import { Snippet } from '../../components/Snippet.tsx';
import { useApp } from '../../store/hooks.ts';

/** The library's search: records with their best paragraphs, a page of records at a time. */
export function SearchResults() {
  const found = useApp((s) => s.found);
  const searchedQuery = useApp((s) => s.searchedQuery);
  const status = useApp((s) => s.searchStatus);
  const openRecord = useApp((s) => s.openRecord);
  const searchMore = useApp((s) => s.searchMore);

  if (status === 'error') {
    return (
      <EmptyState title="The search did not work">
        <p>Try different words, or clear the search to see all records.</p>
      </EmptyState>
    );
  }
  if (!found || found.groups.length === 0) {
    return (
      <EmptyState title={`Nothing found for “${searchedQuery}”`}>
        <p>Try a shorter word or another spelling (for example “Vietnam” or “Viet Nam”).</p>
      </EmptyState>
    );
  }
  return (
    <section className="results" aria-label="Search results">
      <p className="muted results-summary">
        {plural(found.records, 'record')} · {plural(found.total, 'paragraph')} for “{searchedQuery}”
        {found.truncated ? ' (the best matches; add words to see the rest)' : ''}
      </p>
      {found.groups.map((g) => (
        <article key={g.recordId} className="result-group">
          <header className="result-group-header">
            <h2>
              <button type="button" className="link-button" onClick={() => void openRecord(g.recordId)}>
                {g.title}
              </button>
            </h2>
            {g.date && <span className="subtle">{formatDate(g.date)}</span>}
          </header>
          <ul className="hit-list">
            {g.hits.map((h) => (
              <li key={h.paragraphId}>
                <button
                  type="button"
                  className="hit"
                  onClick={() => void openRecord(g.recordId, h.paragraphId)}
                  aria-label={`Open paragraph ${h.label} of ${g.title}`}
                >
                  <span className="hit-label">para {h.label}</span>
                  <Snippet parts={h.snippet} />
                </button>
              </li>
            ))}
          </ul>
          {(g.otherHits ?? 0) > 0 && (
            <button type="button" className="link-button subtle" onClick={() => void openRecord(g.recordId)}>
              and {plural(g.otherHits ?? 0, 'more paragraph')} in this record
            </button>
          )}
        </article>
      ))}
      <MoreRecords result={found} loading={status === 'searching'} onMore={() => void searchMore()} />
    </section>
  );
}
