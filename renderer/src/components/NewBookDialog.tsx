import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Book } from '../../../electron/shared/types.ts';
import { useApp } from '../store/hooks.ts';
import { Dialog } from './Dialog.tsx';

type Props = {
  open: boolean;
  onClose: () => void;
  /** Shown above the form, e.g. why a book is needed now. */
  intro?: string;
  submitLabel?: string;
  onCreated?: (book: Book) => void | Promise<void>;
};

export function NewBookDialog({ open, onClose, intro, submitLabel = 'Create book', onCreated }: Props) {
  const createBook = useApp((s) => s.createBook);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  useEffect(() => {
    if (open) {
      setTitle('');
      setError(null);
    }
  }, [open]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) {
      setError('Give the book a title, for example “Visit of the Foreign Minister of Viet Nam”.');
      return;
    }
    setBusy(true);
    const book = await createBook(title);
    setBusy(false);
    if (book) {
      onClose();
      await onCreated?.(book);
    }
  };

  return (
    <Dialog open={open} title="New briefing book" onClose={onClose}>
      <form onSubmit={submit} className="form">
        {intro && <p className="muted">{intro}</p>}
        <label htmlFor={inputId}>Title</label>
        <input
          id={inputId}
          type="text"
          value={title}
          data-autofocus
          maxLength={300}
          placeholder="e.g. Visit of the Foreign Minister of Viet Nam"
          onChange={(e) => {
            setTitle(e.target.value);
            setError(null);
          }}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Creating…' : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
