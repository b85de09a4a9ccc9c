import { useState } from 'react';
import type { Side, TimelineRecord } from '../../../../electron/shared/types.ts';
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

/**
 * A column's share of the records: a record with its paragraphs on this side (a paragraph's own
 * side is its speaker's, so our minister quoted in their readout is on our side), or a record of
 * this side with no paragraphs listed.
 */
function share(records: TimelineRecord[], side: Side): TimelineRecord[] {
  return records.flatMap((r) => {
    if (r.paragraphs.length === 0) return r.side === side ? [r] : [];
    const paragraphs = r.paragraphs.filter((p) => (p.side ?? r.side) === side);
    return paragraphs.length > 0 ? [{ ...r, paragraphs }] : [];
  });
}

/** Our side's records in the left column, the counterpart's in the right, anyone else's below. */
export function SideBySide({
  records,
  counterpart,
  home,
}: {
  records: TimelineRecord[];
  counterpart: string;
  home: string | null;
}) {
  const ours = share(records, 'ours');
  const theirs = share(records, 'theirs');
  const others = share(records, 'unknown');
  return (
    <>
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
      {others.length > 0 && (
        <section className="side-column side-others" aria-label="Other sources">
          <h3 className="side-heading">Other sources</h3>
          {others.map((r) => (
            <RecordBlock key={r.recordId} r={r} />
          ))}
        </section>
      )}
    </>
  );
}
