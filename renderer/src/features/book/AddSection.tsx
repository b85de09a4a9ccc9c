import { useId, useState } from 'react';
import { useAppStore } from '../../store/hooks.ts';

/** A section of the user's own, at the end of the book. */
export function AddSection() {
  const store = useAppStore();
  const [title, setTitle] = useState('');
  const id = useId();
  return (
    <form
      className="add-section"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!title.trim()) return;
        const book = await store.getState().addSection(title.trim());
        if (book) setTitle('');
      }}
    >
      <label htmlFor={id}>New section</label>
      <input
        id={id}
        type="text"
        value={title}
        maxLength={300}
        placeholder="e.g. Economic cooperation"
        onChange={(e) => setTitle(e.target.value)}
      />
      <button type="submit" className="button small" disabled={!title.trim()}>
        Add section
      </button>
    </form>
  );
}
