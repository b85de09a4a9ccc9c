import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useApp } from '../../store/hooks.ts';

export function BookTitle({ title }: { bookId: string; title: string }) {
  const updateBook = useApp((s) => s.updateBook);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (editing) inputRef.current?.select();
  }, [editing]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft.trim()) {
      setError('The title must not be empty.');
      return;
    }
    if (draft.trim() !== title) {
      const book = await updateBook({ title: draft.trim() });
      if (!book) return;
    }
    setEditing(false);
  };

  if (!editing) {
    return (
      <div className="title-row">
        <h1>{title}</h1>
        <button
          type="button"
          className="button small"
          onClick={() => {
            setDraft(title);
            setError(null);
            setEditing(true);
          }}
        >
          Rename
        </button>
      </div>
    );
  }
  return (
    <form className="title-form" onSubmit={save}>
      <label htmlFor={id} className="visually-hidden">
        Book title
      </label>
      <input
        id={id}
        type="text"
        className="title-input"
        value={draft}
        maxLength={300}
        ref={inputRef}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setEditing(false);
        }}
      />
      <button type="submit" className="button primary small">
        Save
      </button>
      <button type="button" className="button small" onClick={() => setEditing(false)}>
        Cancel
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
