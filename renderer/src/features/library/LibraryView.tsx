import { useState } from 'react';
import { CheckBadge } from '../../components/CheckBadge.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatDate, plural } from '../../components/format.ts';
import { useApp } from '../../store/hooks.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SearchResults } from './SearchResults.tsx';

function RecordList({ onImport }: { onImport: () => void }) {
  const records = useApp((s) => s.records);
  const status = useApp((s) => s.recordsStatus);
  const openRecord = useApp((s) => s.openRecord);
  const loadRecords = useApp((s) => s.loadRecords);
  const needsReview = useApp((s) => s.needsReview);

  if (status === 'loading' && records.length === 0) return <p className="muted">Loading the library…</p>;
  if (status === 'error' && records.length === 0) {
    return (
      <EmptyState title="The library could not be loaded">
        <p>Briefbook could not read your records.</p>
        <button type="button" className="button" onClick={() => void loadRecords()}>
          Try again
        </button>
      </EmptyState>
    );
  }
  if (records.length === 0 && needsReview) {
    return (
      <EmptyState title="Nothing needs review">
        <p>Every record's details were read with confidence, or someone has confirmed or corrected them.</p>
      </EmptyState>
    );
  }
  if (records.length === 0) {
    return (
      <EmptyState title="Your library is empty">
        <p>
          Import a press release, readout or minutes to start. Paste the text and Briefbook splits it into numbered paragraphs you
          can cite.
        </p>
        <button type="button" className="button primary" onClick={onImport}>
          Import…
        </button>
      </EmptyState>
    );
  }
  return (
    <table className="record-table">
      <caption className="visually-hidden">Meeting records</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Publisher</th>
          <th scope="col">Published</th>
          <th scope="col">Meeting</th>
          <th scope="col" className="num">
            Paragraphs
          </th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => (
          <tr key={r.id}>
            <td>
              <button type="button" className="link-button record-title" onClick={() => void openRecord(r.id)}>
                {r.title}
              </button>
              {r.sourceName && <div className="subtle">{r.sourceName}</div>}
              {r.check && r.check.length > 0 && (
                <div>
                  <CheckBadge fields={r.check} />
                </div>
              )}
            </td>
            <td>{r.publisher ?? <span className="subtle">—</span>}</td>
            <td className="nowrap">{formatDate(r.publishedAt) || <span className="subtle">—</span>}</td>
            <td className="nowrap">
              {formatDate(r.meetingDate) || <span className="subtle">—</span>}
              {r.place && <div className="subtle">{r.place}</div>}
            </td>
            <td className="num">{r.paragraphCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LibraryView() {
  const [importing, setImporting] = useState(false);
  const searchedQuery = useApp((s) => s.searchedQuery);
  const query = useApp((s) => s.query);
  const count = useApp((s) => s.records.length);
  const needsReview = useApp((s) => s.needsReview);
  const setNeedsReview = useApp((s) => s.setNeedsReview);
  const showResults = Boolean(query.trim() && searchedQuery);

  return (
    <div className="view">
      <header className="view-header">
        <div>
          <h1>Library</h1>
          <p className="muted">
            {needsReview
              ? `${plural(count, 'record')} with details to check. Open one to confirm or correct them.`
              : count
                ? `${plural(count, 'meeting record')}. Search them, open one, and add paragraphs to a book.`
                : 'Meeting records you import appear here.'}
          </p>
        </div>
        <div className="header-actions">
          <label className="toggle">
            <input type="checkbox" checked={needsReview} onChange={(e) => void setNeedsReview(e.target.checked)} />
            Needs review
          </label>
          <button type="button" className="button primary" onClick={() => setImporting(true)}>
            Import…
          </button>
        </div>
      </header>
      <SearchBox />
      {showResults ? <SearchResults /> : <RecordList onImport={() => setImporting(true)} />}
      <ImportDialog open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
