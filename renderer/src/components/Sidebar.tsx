import { useState } from 'react';
import { OpenBookFile } from '../features/book/OpenBookFile.tsx';
import { useApp } from '../store/hooks.ts';
import { DeskStatus } from './DeskStatus.tsx';
import { NewBookDialog } from './NewBookDialog.tsx';

const NAV_LABELS = { search: 'Search', topics: 'Topics', ledger: 'Commitments', people: 'People' } as const;

export function Sidebar() {
  const viewName = useApp((s) => s.view.name);
  const books = useApp((s) => s.books);
  const booksStatus = useApp((s) => s.booksStatus);
  const currentId = useApp((s) => s.book?.id ?? null);
  const recordCount = useApp((s) => s.records.length);
  const setView = useApp((s) => s.setView);
  const openBook = useApp((s) => s.openBook);
  const deskCountry = useApp((s) => s.deskCountry);
  const openSettings = useApp((s) => s.openSettings);
  const [creating, setCreating] = useState(false);

  const inLibrary = viewName === 'library' || viewName === 'reader';

  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          B
        </span>
        <span>Briefbook</span>
      </div>

      <div className="nav-group">
        <button
          type="button"
          className={`nav-item ${inLibrary ? 'active' : ''}`}
          aria-current={inLibrary ? 'page' : undefined}
          onClick={() => setView({ name: 'library' })}
        >
          <span>Library</span>
          <span className="nav-count">
            {recordCount}
            <span className="visually-hidden"> records</span>
          </span>
        </button>
        {(['search', 'topics', 'ledger', 'people'] as const).map((name) => (
          <button
            key={name}
            type="button"
            className={`nav-item ${viewName === name ? 'active' : ''}`}
            aria-current={viewName === name ? 'page' : undefined}
            onClick={() => setView({ name })}
          >
            <span>{NAV_LABELS[name]}</span>
          </button>
        ))}
      </div>

      <div className="nav-group">
        <h2 className="nav-heading" id="books-heading">
          Books
        </h2>
        {booksStatus === 'ready' && books.length === 0 && <p className="nav-empty">No books yet.</p>}
        <ul className="nav-list" aria-labelledby="books-heading">
          {books.map((b) => {
            const active = viewName === 'book' && b.id === currentId;
            return (
              <li key={b.id}>
                <button
                  type="button"
                  className={`nav-item nav-book ${active ? 'active' : ''} ${b.id === currentId ? 'current' : ''}`}
                  aria-current={active ? 'page' : undefined}
                  onClick={() => void openBook(b.id)}
                  title={b.title}
                >
                  <span className="nav-book-title">{b.title}</span>
                  <span className="nav-count">
                    {b.pointCount}
                    <span className="visually-hidden"> points</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        <button type="button" className="button nav-new" onClick={() => setCreating(true)}>
          + New book
        </button>
        <OpenBookFile />
      </div>

      <div className="nav-group nav-settings">
        <DeskStatus />
        <button type="button" className="nav-item" onClick={() => openSettings(true)} aria-haspopup="dialog">
          <span>Settings</span>
          <span className="nav-settings-country">{deskCountry ? `${deskCountry} desk` : 'Desk country not set'}</span>
        </button>
      </div>

      <NewBookDialog open={creating} onClose={() => setCreating(false)} onCreated={(book) => openBook(book.id)} />
    </nav>
  );
}
