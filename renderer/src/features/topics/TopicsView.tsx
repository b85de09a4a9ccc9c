import { useEffect } from 'react';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatDate } from '../../components/format.ts';
import { useApp } from '../../store/hooks.ts';
import { CounterpartPicker } from './CounterpartPicker.tsx';
import { LastTimeCard } from './LastTimeCard.tsx';
import { SideBySide } from './SideBySide.tsx';
import { TopicEditor } from './TopicEditor.tsx';
import './topics.css';

/** One topic with one counterpart, meeting by meeting: our side and theirs in two columns. */
export function TopicsView() {
  const topics = useApp((s) => s.topics);
  const topicId = useApp((s) => s.topicId);
  const counterpart = useApp((s) => s.counterpart);
  const home = useApp((s) => s.homeCountry);
  const timeline = useApp((s) => s.timeline);
  const status = useApp((s) => s.timelineStatus);
  const loadTopics = useApp((s) => s.loadTopics);
  const loadCounterparts = useApp((s) => s.loadCounterparts);
  const loadTimeline = useApp((s) => s.loadTimeline);
  const chooseTopic = useApp((s) => s.chooseTopic);

  useEffect(() => {
    void (async () => {
      await Promise.all([loadTopics(), loadCounterparts()]);
      await loadTimeline();
    })();
  }, [loadTopics, loadCounterparts, loadTimeline]);

  const subjects = topics.filter((t) => t.kind === 'subject');
  return (
    <div className="view">
      <header className="view-header">
        <div>
          <h1>Topics</h1>
          <p className="muted">
            What each side said on a topic, meeting by meeting. Add any paragraph to the open book in one click.
          </p>
        </div>
      </header>
      <div className="picker-row">
        <label>
          Topic
          <select aria-label="Topic" value={topicId ?? ''} onChange={(e) => void chooseTopic(e.target.value)}>
            <option value="">Choose a topic…</option>
            {subjects.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({t.paragraphCount})
              </option>
            ))}
          </select>
        </label>
        <CounterpartPicker />
      </div>
      <LastTimeCard />
      <TopicEditor />
      {!topicId ? (
        <EmptyState title="Choose a topic">
          <p>Pick a topic above to see what was said on it at each meeting.</p>
        </EmptyState>
      ) : status === 'loading' && !timeline ? (
        <p className="muted">Loading…</p>
      ) : !timeline || timeline.meetings.length === 0 ? (
        <EmptyState
          title={`Nothing on ${topics.find((t) => t.id === topicId)?.name ?? 'this topic'} with ${counterpart ?? 'this counterpart'}`}
        >
          <p>No record of a meeting with {counterpart} touches this topic yet.</p>
        </EmptyState>
      ) : (
        <section className="timeline" aria-label="Timeline">
          <h2 className="section-title">
            {timeline.topic.name} with {timeline.counterpart}{' '}
            <span className="subtle">({timeline.meetings.length} meetings)</span>
          </h2>
          {timeline.meetings.map((m) => (
            <article
              key={`${m.date ?? 'undated'}-${m.records[0]?.recordId ?? m.title}`}
              className="card meeting"
              aria-label={`Meeting ${m.date ? formatDate(m.date) : 'undated'}`}
            >
              <header className="meeting-head">
                <h3>{m.title}</h3>
                <span className="meeting-date">{m.date ? formatDate(m.date) : 'Undated'}</span>
              </header>
              <SideBySide records={m.records} counterpart={timeline.counterpart} home={home} />
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
