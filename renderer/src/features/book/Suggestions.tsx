// Suggestions from the library: previous commitments with the counterpart, and the participants.
import { useEffect, useState } from 'react';
import type { CommitmentSuggestion, ParticipantSuggestion } from '../../../../electron/shared/types.ts';
import { call } from '../../api/client.ts';
import { formatDate } from '../../components/format.ts';
import { useApp, useAppStore } from '../../store/hooks.ts';

function useSuggestions<T>(method: 'books.suggestCommitments' | 'books.suggestParticipants') {
  const bookId = useApp((s) => s.book?.id ?? null);
  const counterpart = useApp((s) => s.book?.counterpart ?? null);
  const [state, setState] = useState<{ items: T[] | null; error: string | null }>({ items: null, error: null });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the counterpart changes.
  useEffect(() => {
    if (!bookId) return;
    let live = true;
    void call(method, { bookId }).then((res) => {
      if (!live) return;
      setState(res.ok ? { items: res.value as T[], error: null } : { items: [], error: res.error.message });
    });
    return () => {
      live = false;
    };
  }, [bookId, method, counterpart]);
  return state;
}

export function CommitmentSuggestions({ sectionId }: { sectionId: string }) {
  const store = useAppStore();
  const counterpart = useApp((s) => s.book?.counterpart ?? null);
  const { items, error } = useSuggestions<CommitmentSuggestion>('books.suggestCommitments');
  const [added, setAdded] = useState<Set<string>>(new Set());
  if (!items) return <p className="suggestions subtle">Looking for commitments in earlier records…</p>;
  return (
    <section className="suggestions" aria-label="Suggested commitments">
      <p className="subtle">
        {error ??
          (items.length === 0
            ? 'No commitments found in earlier records.'
            : `${items.length} commitments from earlier records${counterpart ? ` with ${counterpart}` : ''} (set the counterpart in Cover details to narrow them).`)}
      </p>
      <ul>
        {items.map((c) => {
          const key = `${c.paragraphId}|${c.what}`;
          const done = c.inBook || added.has(key);
          return (
            <li key={key} className="suggestion">
              <span className={`badge kind-badge kind-${c.kind}`}>{c.kind}</span>
              <span className="suggestion-text">{c.what}</span>
              <span className="subtle suggestion-source">
                {c.recordTitle}, {c.date ? formatDate(c.date) : 'undated'}, para {c.label}
              </span>
              <button
                type="button"
                className="button small"
                disabled={done}
                onClick={async () => {
                  const book = await store
                    .getState()
                    .addTextPoint(sectionId, c.what, { recordId: c.recordId, paragraphId: c.paragraphId });
                  if (book) setAdded(new Set(added).add(key));
                }}
              >
                {done ? 'In book' : 'Add'}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ParticipantSuggestions({ sectionId }: { sectionId: string }) {
  const store = useAppStore();
  const { items, error } = useSuggestions<ParticipantSuggestion>('books.suggestParticipants');
  const [added, setAdded] = useState<Set<string>>(new Set());
  if (!items) return <p className="suggestions subtle">Looking for participants in the records…</p>;
  const add = async (p: ParticipantSuggestion) => {
    const book = await store.getState().addTextPoint(sectionId, p.draft);
    if (book) setAdded((prev) => new Set(prev).add(p.name));
  };
  const open = items.filter((p) => !p.inBook && !added.has(p.name));
  return (
    <section className="suggestions" aria-label="Suggested participants">
      <p className="subtle">
        {error ??
          (items.length === 0
            ? 'The records name no participants.'
            : 'People named in the records. Each becomes a point for you to complete with a biography.')}
        {open.length > 1 && (
          <button
            type="button"
            className="button small add-all"
            onClick={async () => {
              for (const p of open) await add(p);
            }}
          >
            Add all ({open.length})
          </button>
        )}
      </p>
      <ul>
        {items.map((p) => {
          const done = p.inBook || added.has(p.name);
          return (
            <li key={p.name} className="suggestion">
              <span className="suggestion-text">
                <strong>{p.name}</strong>
                {p.role ? `, ${p.role}` : ''}
                {p.country ? <span className="subtle"> · {p.country}</span> : null}
              </span>
              <span className="subtle suggestion-source">
                {p.meetings.map((m) => `${m.title}${m.date ? ` (${formatDate(m.date)})` : ''}`).join('; ')}
              </span>
              <button type="button" className="button small" disabled={done} onClick={() => void add(p)}>
                {done ? 'In book' : 'Add'}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
