import { useEffect, useState } from 'react';
import type { CommitmentStatus, LedgerEntry } from '../../../../electron/shared/types.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatDate } from '../../components/format.ts';
import { useApp } from '../../store/hooks.ts';
import { CounterpartPicker } from '../topics/CounterpartPicker.tsx';
import '../topics/topics.css';

const STATUSES: { value: CommitmentStatus; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
  { value: 'dropped', label: 'Dropped' },
];

function NoteField({ entry }: { entry: LedgerEntry }) {
  const setCommitment = useApp((s) => s.setCommitment);
  const [note, setNote] = useState(entry.note);
  useEffect(() => setNote(entry.note), [entry.note]);
  return (
    <input
      aria-label={`Note on: ${entry.what.slice(0, 60)}`}
      value={note}
      placeholder="Add a note"
      onChange={(e) => setNote(e.target.value)}
      onBlur={() => note !== entry.note && void setCommitment(entry.id, { note })}
      onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
    />
  );
}

function Row({ e }: { e: LedgerEntry }) {
  const setCommitment = useApp((s) => s.setCommitment);
  const openRecord = useApp((s) => s.openRecord);
  return (
    <tr className={`status-${e.status}`}>
      <td>{e.date ? formatDate(e.date) : <span className="subtle">Undated</span>}</td>
      <td>
        <div className="ledger-who">{e.who}</div>
        {e.whoCountry && <div className="subtle">{e.whoCountry}</div>}
      </td>
      <td>
        <div className="kind">{e.kind}</div>
        <div>{e.what}</div>
        <div className="ledger-source">
          <button type="button" className="link-button" onClick={() => void openRecord(e.recordId, e.paragraphId)}>
            {e.recordTitle}, para {e.label}
          </button>
        </div>
        {e.previous && (
          <div className="ledger-link">
            Came up before: {e.previous.recordTitle}
            {e.previous.date ? `, ${formatDate(e.previous.date)}` : ''}
          </div>
        )}
        {e.later.length > 0 && (
          <div className="ledger-link">
            Came up again: {e.later.map((l) => `${l.recordTitle}${l.date ? `, ${formatDate(l.date)}` : ''}`).join('; ')}
          </div>
        )}
      </td>
      <td>
        <select
          aria-label={`Status of: ${e.what.slice(0, 60)}`}
          value={e.status}
          onChange={(ev) => void setCommitment(e.id, { status: ev.target.value as CommitmentStatus })}
        >
          {STATUSES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <NoteField entry={e} />
      </td>
    </tr>
  );
}

/** Every commitment made with a counterpart, with the status and note the desk officer keeps. */
export function LedgerView() {
  const ledger = useApp((s) => s.ledger);
  const status = useApp((s) => s.ledgerStatus);
  const counterpart = useApp((s) => s.counterpart);
  const book = useApp((s) => s.book);
  const loadCounterparts = useApp((s) => s.loadCounterparts);
  const loadLedger = useApp((s) => s.loadLedger);
  const fill = useApp((s) => s.fillBookFromLedger);
  const [filling, setFilling] = useState(false);

  useEffect(() => {
    void (async () => {
      await loadCounterparts();
      await loadLedger();
    })();
  }, [loadCounterparts, loadLedger]);

  return (
    <div className="view">
      <header className="view-header">
        <div>
          <h1>Commitments</h1>
          <p className="muted">What each side agreed, undertook, proposed or asked for, and where it stands.</p>
        </div>
        <div className="header-actions">
          <button
            type="button"
            className="button primary"
            disabled={filling || !counterpart}
            title={book ? `Adds these commitments to “${book.title}”` : 'Open a book first'}
            onClick={async () => {
              setFilling(true);
              await fill();
              setFilling(false);
            }}
          >
            {filling ? 'Adding…' : book ? `Fill “Previous commitments” in ${book.title}` : 'Fill a book’s “Previous commitments”'}
          </button>
        </div>
      </header>
      <div className="picker-row">
        <CounterpartPicker />
      </div>
      {status === 'loading' && ledger.length === 0 ? (
        <p className="muted">Loading…</p>
      ) : ledger.length === 0 ? (
        <EmptyState title="No commitments yet">
          <p>Commitments appear here when records say “agreed to”, “will”, “proposed” or “asked for”.</p>
        </EmptyState>
      ) : (
        <table className="ledger-table">
          <caption className="visually-hidden">Commitments with {counterpart}</caption>
          <colgroup>
            <col className="c-date" />
            <col className="c-who" />
            <col />
            <col className="c-status" />
            <col className="c-note" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Who</th>
              <th scope="col">Commitment</th>
              <th scope="col">Status</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {ledger.map((e) => (
              <Row key={e.id} e={e} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
