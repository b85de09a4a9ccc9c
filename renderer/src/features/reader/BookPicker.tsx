import { useId, useState } from 'react';
import { NewBookDialog } from '../../components/NewBookDialog.tsx';
import { useApp } from '../../store/hooks.ts';

/** "Adding to: [book ▾]" bar above the paragraphs. */
export function BookPicker() {
  const books = useApp((s) => s.books);
  const book = useApp((s) => s.book);
  const selectBook = useApp((s) => s.selectBook);
  const [creating, setCreating] = useState(false);
  const id = useId();

  return (
    <div className="book-picker">
      {books.length === 0 ? (
        <span className="muted">No briefing book yet. “Add to book” will offer to create one.</span>
      ) : (
        <>
          <label htmlFor={id}>Adding to</label>
          <select id={id} value={book?.id ?? ''} onChange={(e) => void selectBook(e.target.value)}>
            {!book && <option value="">Choose a book…</option>}
            {books.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="button" className="button small" onClick={() => setCreating(true)}>
        New book…
      </button>
      <NewBookDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
