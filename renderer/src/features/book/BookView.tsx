import { useState } from 'react';
import { numberedSections } from '../../../../electron/shared/numbering.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatDate, plural } from '../../components/format.ts';
import { NewBookDialog } from '../../components/NewBookDialog.tsx';
import { useApp } from '../../store/hooks.ts';
import { ExportButton, ExportStatus } from '../export/ExportPanel.tsx';
import { ReadingView } from '../reading/ReadingView.tsx';
import { AddSection } from './AddSection.tsx';
import { BookActions, useUndoShortcuts } from './BookActions.tsx';
import { BookDetails } from './BookDetails.tsx';
import { BookTitle } from './BookTitle.tsx';
import { SectionBlock } from './SectionBlock.tsx';
import './editor.css';

export function BookView() {
  const book = useApp((s) => s.book);
  const status = useApp((s) => s.bookStatus);
  const booksStatus = useApp((s) => s.booksStatus);
  const reading = useApp((s) => s.reading);
  const setView = useApp((s) => s.setView);
  const openBook = useApp((s) => s.openBook);
  const [creating, setCreating] = useState(false);
  useUndoShortcuts(Boolean(book) && !reading);

  if (!book) {
    if (status === 'loading' || booksStatus === 'loading') {
      return (
        <div className="view">
          <p className="muted">Opening the book…</p>
        </div>
      );
    }
    return (
      <div className="view">
        <header className="view-header">
          <h1>Briefing book</h1>
        </header>
        <EmptyState title="No briefing book open">
          <p>
            Create a book for the next meeting, then add paragraphs from the library as talking points. Each point keeps its
            source.
          </p>
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => setCreating(true)}>
              New book…
            </button>
            <button type="button" className="button" onClick={() => setView({ name: 'library' })}>
              Go to the library
            </button>
          </div>
        </EmptyState>
        <NewBookDialog open={creating} onClose={() => setCreating(false)} onCreated={(b) => openBook(b.id)} />
      </div>
    );
  }

  if (reading) return <ReadingView book={book} />;

  const pointCount = book.sections.reduce((n, s) => n + s.points.length, 0);
  const effective = book.effectiveClassification ?? book.classification;
  return (
    <div className="view book">
      <header className="view-header">
        <div className="book-heading">
          <div className="eyebrow">
            <span
              className={`classification cls-${effective.toLowerCase()}`}
              title={
                effective !== book.classification
                  ? `The book is set to ${book.classification}; a point is marked ${effective}, so the book is marked ${effective}.`
                  : undefined
              }
            >
              {effective}
            </span>
            {effective !== book.classification && (
              <span className="subtle">highest marking used (book set to {book.classification})</span>
            )}
            <span className="subtle">
              {plural(pointCount, 'point')} · updated {formatDate(book.updatedAt)}
            </span>
          </div>
          <BookTitle key={book.id} bookId={book.id} title={book.title} />
        </div>
        <div className="header-actions">
          <ExportButton />
        </div>
      </header>
      <BookActions />
      <ExportStatus />
      <BookDetails key={book.id} book={book} />
      {pointCount === 0 && (
        <div className="banner banner-info">
          This book has no points yet. Open a record in the{' '}
          <button type="button" className="link-button" onClick={() => setView({ name: 'library' })}>
            library
          </button>{' '}
          and use “Add to book” on a paragraph (or drag it into the book panel), or add a point to a section below.
        </div>
      )}
      <div className="sections">
        {numberedSections(book.sections).map(({ section, number }, i) => (
          <SectionBlock
            key={section.id}
            section={section}
            number={number}
            index={i}
            first={i === 0}
            last={i === book.sections.length - 1}
          />
        ))}
      </div>
      <AddSection />
    </div>
  );
}
