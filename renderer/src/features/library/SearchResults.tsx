import type { SearchHit } from '../../../../electron/api/types.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatDate, plural } from '../../components/format.ts';
import { Snippet } from '../../components/Snippet.tsx';
import { useApp } from '../../store/hooks.ts';

type Group = { recordId: string; title: string; publishedAt: string | null; hits: SearchHit[] };

function groupByRecord(hits: SearchHit[]): Group[] {
  const groups = new Map<string, Group>();
  for (const h of hits) {
    let g = groups.get(h.recordId);
    if (!g) {
      g = { recordId: h.recordId, title: h.recordTitle, publishedAt: h.publishedAt, hits: [] };
      groups.set(h.recordId, g);
    }
    g.hits.push(h);
  }
  return [...groups.values()];
}

export function SearchResults() {
  const hits = useApp((s) => s.hits);
  const searchedQuery = useApp((s) => s.searchedQuery);
  const status = useApp((s) => s.searchStatus);
  const openRecord = useApp((s) => s.openRecord);

  if (status === 'error') {
    return (
      <EmptyState title="The search did not work">
        <p>Try different words, or clear the search to see all records.</p>
      </EmptyState>
    );
  }
  if (hits.length === 0) {
    return (
      <EmptyState title={`Nothing found for “${searchedQuery}”`}>
        <p>Try a shorter word or another spelling (for example “Vietnam” or “Viet Nam”).</p>
      </EmptyState>
    );
  }
  const groups = groupByRecord(hits);
  return (
    <section className="results" aria-label="Search results">
      <p className="muted results-summary">
        {plural(hits.length, 'paragraph')} in {plural(groups.length, 'record')} for “{searchedQuery}”
      </p>
      {groups.map((g) => (
        <article key={g.recordId} className="result-group">
          <header className="result-group-header">
            <h2>
              <button type="button" className="link-button" onClick={() => void openRecord(g.recordId)}>
                {g.title}
              </button>
            </h2>
            {g.publishedAt && <span className="subtle">{formatDate(g.publishedAt)}</span>}
          </header>
          <ul className="hit-list">
            {g.hits.map((h) => (
              <li key={h.paragraphId}>
                <button
                  type="button"
                  className="hit"
                  onClick={() => void openRecord(h.recordId, h.paragraphId)}
                  aria-label={`Open paragraph ${h.label} of ${g.title}`}
                >
                  <span className="hit-label">para {h.label}</span>
                  <Snippet parts={h.snippet} />
                </button>
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
