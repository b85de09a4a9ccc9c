import { useState } from 'react';
import type { TimelineRecord } from '../../../../electron/api/types.ts';
import { formatDate } from '../../components/format.ts';
import { useApp } from '../../store/hooks.ts';

/** One paragraph with its number and an "Add to book" button. */
function SideParagraph({ recordId, p }: { recordId: string; p: TimelineRecord['paragraphs'][number] }) {
  const addPoint = useApp((s) => s.addPoint);
  const notify = useApp((s) => s.notify);
  const hasBook = useApp((s) => s.book !== null);
  const [state, setState] = useState<'idle' | 'adding' | 'added'>('idle');
  const add = async () => {
    if (!hasBook) {
      notify('error', 'No book is open', 'Create or open a briefing book in the sidebar, then add the paragraph.');
      return;
    }
    setState('adding');
    const book = await addPoint(recordId, p.id);
    setState(book ? 'added' : 'idle');
    if (book) notify('success', `Added para ${p.label} to “${book.title}”`);
  };
  return (
    <div className="side-para">
      <span className="para-no">{p.label}</span>
      <p>{p.text}</p>
      <div className="para-tools">
        <button
          type="button"
          className="button small"
          onClick={() => void add()}
          disabled={state === 'adding'}
          aria-label={`Add paragraph ${p.label} to book`}
        >
          {state === 'added' ? 'Added ✓' : state === 'adding' ? 'Adding…' : 'Add to book'}
        </button>
        {p.inferred && (
          <span className="topic-chip inferred plain" title={p.reason ?? undefined}>
            inferred
          </span>
        )}
      </div>
    </div>
  );
}

function RecordBlock({ r }: { r: TimelineRecord }) {
  const openRecord = useApp((s) => s.openRecord);
  return (
    <article className="side-record">
      <h4>
        <button type="button" className="link-button" onClick={() => void openRecord(r.recordId)}>
          {r.title}
        </button>
      </h4>
      <div className="meta-line" title={r.sideReason}>
        {[r.publisher, formatDate(r.date)].filter(Boolean).join(' · ') || 'Publisher and date not stated'}
      </div>
      {r.paragraphs.map((p) => (
        <SideParagraph key={p.id} recordId={r.recordId} p={p} />
      ))}
    </article>
  );
}

/** Our side's records in the left column, the counterpart's in the right. */
export function SideBySide({
  records,
  counterpart,
  home,
}: {
  records: TimelineRecord[];
  counterpart: string;
  home: string | null;
}) {
  const ours = records.filter((r) => r.side !== 'theirs');
  const theirs = records.filter((r) => r.side === 'theirs');
  return (
    <div className="two-sides">
      <section className="side-column" aria-label="Our side">
        <h3 className="side-heading ours">Our side{home ? ` · ${home}` : ''}</h3>
        {ours.length === 0 ? (
          <p className="side-empty">No record from our side.</p>
        ) : (
          ours.map((r) => <RecordBlock key={r.recordId} r={r} />)
        )}
      </section>
      <section className="side-column" aria-label="Their side">
        <h3 className="side-heading theirs">Their side · {counterpart}</h3>
        {theirs.length === 0 ? (
          <p className="side-empty">No record from {counterpart}’s side.</p>
        ) : (
          theirs.map((r) => <RecordBlock key={r.recordId} r={r} />)
        )}
      </section>
    </div>
  );
}
