import type { SearchResult } from '../../../electron/shared/types.ts';
import { formatDate, plural } from './format.ts';
import { MoreRecords } from './MoreRecords.tsx';
import { Snippet } from './Snippet.tsx';

const VIA: Record<string, string> = { literal: '', alias: 'another name', tag: 'tagged' };

type Props = {
  result: SearchResult;
  /** What the summary says was searched for ("for “flights”"); none when filters say it. */
  searchedFor?: string;
  loading: boolean;
  onMore: () => void;
  onOpen: (recordId: string, paragraphId?: string) => void;
};

/**
 * Search results as the Library and the Search view both show them: records with their best
 * paragraphs (how each matched, its topics), a page of records at a time.
 */
export function ResultGroups({ result, searchedFor, loading, onMore, onOpen }: Props) {
  return (
    <section className="results" aria-label="Search results">
      <p className="muted results-summary">
        {plural(result.records, 'record')} · {plural(result.total, 'paragraph')}
        {searchedFor ? ` for “${searchedFor}”` : ''}
        {result.truncated ? ' (the best matches; add words or filters to see the rest)' : ''}
        {result.topic ? ` · also every other name of ${result.topic.name}` : ''}
      </p>
      {result.groups.map((g) => (
        <article key={g.recordId} className="result-group">
          <header className="result-group-header">
            <h2>
              <button type="button" className="link-button" onClick={() => onOpen(g.recordId)}>
                {g.title}
              </button>
            </h2>
            <span className="subtle">{[g.publisher, formatDate(g.date)].filter(Boolean).join(' · ')}</span>
          </header>
          <ul className="hit-list">
            {g.hits.map((h) => (
              <li key={h.paragraphId} className="result-hit">
                <div className="result-hit-head">
                  <button
                    type="button"
                    className="link-button hit-label"
                    onClick={() => onOpen(g.recordId, h.paragraphId)}
                    aria-label={`Open paragraph ${h.label} of ${g.title}`}
                  >
                    para {h.label}
                  </button>
                  {VIA[h.via] && <span className="via">{VIA[h.via]}</span>}
                </div>
                <Snippet parts={h.snippet} />
                {h.topics.length > 0 && (
                  <div className="topic-chips">
                    {h.topics.map((t) => (
                      <span key={t.id} className={`topic-chip plain ${t.inferred ? 'inferred' : ''}`}>
                        {t.name}
                      </span>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
          {(g.otherHits ?? 0) > 0 && (
            <button type="button" className="link-button subtle" onClick={() => onOpen(g.recordId)}>
              and {plural(g.otherHits ?? 0, 'more paragraph')} in this record
            </button>
          )}
        </article>
      ))}
      <MoreRecords result={result} loading={loading} onMore={onMore} />
    </section>
  );
}
