import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { CLASSIFICATIONS, type Classification } from '../../../../electron/shared/classification.ts';
import type { Book } from '../../../../electron/shared/types.ts';
import type { BookPatch } from '../../store/books.ts';
import { useApp } from '../../store/hooks.ts';

type Fields = {
  meeting: string;
  meetingDate: string;
  place: string;
  principal: string;
  counterpart: string;
  preparedBy: string;
  classification: Classification;
};

const TEXT_FIELDS: Array<{ key: Exclude<keyof Fields, 'classification' | 'meetingDate'>; label: string; placeholder: string }> = [
  { key: 'meeting', label: 'Meeting', placeholder: 'e.g. Bilateral meeting with the Foreign Minister' },
  { key: 'place', label: 'Place', placeholder: 'e.g. Seoul' },
  { key: 'principal', label: 'Principal', placeholder: 'Who the book is for' },
  { key: 'counterpart', label: 'Counterpart', placeholder: 'Who they meet' },
  { key: 'preparedBy', label: 'Prepared by', placeholder: 'Desk or officer' },
];

function fromBook(book: Book): Fields {
  return {
    meeting: book.meeting ?? '',
    meetingDate: book.meetingDate ?? '',
    place: book.place ?? '',
    principal: book.principal ?? '',
    counterpart: book.counterpart ?? '',
    preparedBy: book.preparedBy ?? '',
    classification: book.classification,
  };
}

export function BookDetails({ book }: { book: Book }) {
  const updateBook = useApp((s) => s.updateBook);
  const [fields, setFields] = useState<Fields>(() => fromBook(book));
  const [saving, setSaving] = useState(false);
  const [open, setOpen] = useState(false);
  const baseId = useId();
  const saved = fromBook(book);

  // When the API returns a newer copy of the book, take its values for the fields the user has
  // not changed; fields being edited keep the user's text.
  const previous = useRef(saved);
  useEffect(() => {
    const next = fromBook(book);
    const before = previous.current;
    previous.current = next;
    setFields((current) => {
      const merged = { ...current };
      for (const k of Object.keys(next) as Array<keyof Fields>) {
        if (current[k] === before[k]) (merged as Record<keyof Fields, string>)[k] = next[k];
      }
      return merged;
    });
  }, [book]);

  const dirty = (Object.keys(fields) as Array<keyof Fields>).some((k) => fields[k] !== saved[k]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const patch: BookPatch = {};
    for (const f of TEXT_FIELDS) if (fields[f.key] !== saved[f.key]) patch[f.key] = fields[f.key].trim() || null;
    if (fields.meetingDate !== saved.meetingDate) patch.meetingDate = fields.meetingDate || null;
    if (fields.classification !== saved.classification) patch.classification = fields.classification;
    setSaving(true);
    await updateBook(patch);
    setSaving(false);
  };

  const summary = [book.meeting, book.meetingDate, book.place].filter(Boolean).join(' · ');

  return (
    <section className="card details">
      <header className="card-header">
        <h2>Cover details</h2>
        {!open && <span className="subtle details-summary">{summary || 'Meeting, date, place, principal, counterpart…'}</span>}
        <button type="button" className="button small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Edit'}
        </button>
      </header>
      {open && (
        <form className="details-form" onSubmit={submit}>
          {TEXT_FIELDS.map((f) => (
            <div className="field" key={f.key}>
              <label htmlFor={`${baseId}-${f.key}`}>{f.label}</label>
              <input
                id={`${baseId}-${f.key}`}
                type="text"
                maxLength={300}
                value={fields[f.key]}
                placeholder={f.placeholder}
                onChange={(e) => setFields({ ...fields, [f.key]: e.target.value })}
              />
            </div>
          ))}
          <div className="field">
            <label htmlFor={`${baseId}-date`}>Meeting date</label>
            <input
              id={`${baseId}-date`}
              type="date"
              value={fields.meetingDate}
              onChange={(e) => setFields({ ...fields, meetingDate: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${baseId}-cls`}>Classification</label>
            <select
              id={`${baseId}-cls`}
              value={fields.classification}
              onChange={(e) => setFields({ ...fields, classification: e.target.value as Classification })}
            >
              {CLASSIFICATIONS.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <div className="form-actions details-actions">
            <button type="button" className="button" disabled={!dirty || saving} onClick={() => setFields(saved)}>
              Undo changes
            </button>
            <button type="submit" className="button primary" disabled={!dirty || saving}>
              {saving ? 'Saving…' : 'Save details'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
