import { useEffect, useRef, useState } from 'react';
import type { Paragraph } from '../../../../electron/shared/types.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { NewBookDialog } from '../../components/NewBookDialog.tsx';
import { useApp, useAppStore } from '../../store/hooks.ts';
import { ParagraphDragHandle } from '../book/dnd.tsx';
import { ParagraphTopicsFor } from '../topics/ParagraphTags.tsx';
import { BookPicker } from './BookPicker.tsx';
import { RecordDetails } from './RecordDetails.tsx';

function ParagraphItem({
  paragraph,
  used,
  target,
  onAdd,
  adding,
}: {
  paragraph: Paragraph;
  used: boolean;
  target: boolean;
  onAdd: (p: Paragraph) => void;
  adding: boolean;
}) {
  return (
    <li
      className={`paragraph ${used ? 'used' : ''} ${target ? 'target' : ''}`}
      id={`para-${paragraph.ordinal}`}
      data-paragraph-id={paragraph.id}
      data-label={paragraph.label}
      tabIndex={-1}
      aria-label={`Paragraph ${paragraph.label}`}
    >
      <span className="para-label" aria-hidden="true">
        {paragraph.label}
      </span>
      <div>
        <p className="para-text">{paragraph.text}</p>
        <ParagraphTopicsFor paragraph={paragraph} />
      </div>
      <div className="para-actions">
        {used && <span className="badge badge-used">In book</span>}
        <ParagraphDragHandle paragraph={paragraph} />
        <button
          type="button"
          className="button small"
          onClick={() => onAdd(paragraph)}
          disabled={adding}
          aria-label={`Add paragraph ${paragraph.label} to book`}
        >
          {adding ? 'Adding…' : 'Add to book'}
        </button>
      </div>
    </li>
  );
}

export function ReaderView() {
  const store = useAppStore();
  const view = useApp((s) => s.view);
  const record = useApp((s) => s.record);
  const status = useApp((s) => s.recordStatus);
  const addPoint = useApp((s) => s.addPoint);
  const setView = useApp((s) => s.setView);
  const openRecord = useApp((s) => s.openRecord);
  const notify = useApp((s) => s.notify);
  const [pending, setPending] = useState<Paragraph | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const recordId = view.name === 'reader' ? view.recordId : null;
  const targetId = view.name === 'reader' ? view.paragraphId : null;
  const shown = record && record.id === recordId ? record : null;

  useEffect(() => {
    if (!shown || !targetId || !listRef.current) return;
    const el = [...listRef.current.querySelectorAll<HTMLElement>('[data-paragraph-id]')].find(
      (n) => n.dataset.paragraphId === targetId,
    );
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    }
  }, [shown, targetId]);

  const add = async (p: Paragraph) => {
    // Read the current book from the store, not this render: the book may have just been created.
    if (!store.getState().book) {
      setPending(p);
      return;
    }
    setAdding(p.id);
    const updated = await addPoint(p.recordId, p.id);
    setAdding(null);
    if (updated) notify('success', `Added para ${p.label} to “${updated.title}”`);
  };

  if (!recordId) return null;
  if (!shown) {
    return (
      <div className="view">
        {status === 'error' ? (
          <EmptyState title="This record could not be opened">
            <p>It may have been removed. Go back to the library and pick another record.</p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => setView({ name: 'library' })}>
                Back to library
              </button>
              <button type="button" className="button" onClick={() => void openRecord(recordId, targetId)}>
                Try again
              </button>
            </div>
          </EmptyState>
        ) : (
          <p className="muted">Opening the record…</p>
        )}
      </div>
    );
  }

  const used = new Set(shown.usedParagraphIds);
  return (
    <div className="view reader">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <button type="button" className="link-button" onClick={() => setView({ name: 'library' })}>
          ← Library
        </button>
      </nav>
      <header className="view-header">
        <div>
          <h1>{shown.title}</h1>
          {shown.sourceName && <p className="subtle">Imported from {shown.sourceName}</p>}
        </div>
      </header>
      <BookPicker />
      <RecordDetails record={shown} />
      <h2 className="section-title">
        Paragraphs <span className="subtle">({shown.paragraphs.length})</span>
      </h2>
      {shown.paragraphs.length === 0 ? (
        <EmptyState title="No paragraphs">
          <p>Briefbook found no text in this record.</p>
        </EmptyState>
      ) : (
        <ol className="paragraphs" ref={listRef}>
          {shown.paragraphs.map((p) => (
            <ParagraphItem
              key={p.id}
              paragraph={p}
              used={used.has(p.id)}
              target={p.id === targetId}
              onAdd={(para) => void add(para)}
              adding={adding === p.id}
            />
          ))}
        </ol>
      )}
      <NewBookDialog
        open={pending !== null}
        onClose={() => setPending(null)}
        intro={
          pending
            ? `Paragraph ${pending.label} needs a briefing book to go into. Create one now; the paragraph is added as its first talking point.`
            : undefined
        }
        submitLabel="Create book and add"
        onCreated={async () => {
          const p = pending;
          setPending(null);
          if (p) await add(p);
        }}
      />
    </div>
  );
}
