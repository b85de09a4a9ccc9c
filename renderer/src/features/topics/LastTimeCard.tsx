import { formatDate } from '../../components/format.ts';
import { useApp } from '../../store/hooks.ts';
import { SideBySide } from './SideBySide.tsx';

/** The most recent meeting with the counterpart: both sides' records and what was agreed. */
export function LastTimeCard() {
  const last = useApp((s) => s.lastMeeting);
  const home = useApp((s) => s.homeCountry);
  if (!last) return null;
  return (
    <section className="card last-time" aria-label="Last time">
      <h2>
        Last time with {last.counterpart}
        {last.meeting?.date && <span className="subtle"> · {formatDate(last.meeting.date)}</span>}
      </h2>
      {!last.meeting ? (
        <p className="muted">No dated meeting with {last.counterpart} in the library yet.</p>
      ) : (
        <>
          <p className="muted">{last.meeting.title}</p>
          <SideBySide records={last.meeting.records} counterpart={last.counterpart} home={home} />
          <h3 className="side-heading">What was agreed</h3>
          {last.agreed.length === 0 ? (
            <p className="side-empty">No commitments found in these records.</p>
          ) : (
            <ul className="agreed-list">
              {last.agreed.map((e) => (
                <li key={e.id}>
                  <strong>{e.who}</strong> {e.what} <span className="subtle">(para {e.label})</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
