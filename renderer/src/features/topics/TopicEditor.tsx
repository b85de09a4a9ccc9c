import { useState } from 'react';
import { useApp } from '../../store/hooks.ts';

/** Add a topic of one's own, or another name for an existing one (optionally for one side's records only). */
export function TopicEditor() {
  const topics = useApp((s) => s.topics);
  const topicId = useApp((s) => s.topicId);
  const counterparts = useApp((s) => s.counterparts);
  const home = useApp((s) => s.homeCountry);
  const createTopic = useApp((s) => s.createTopic);
  const addAlias = useApp((s) => s.addAlias);
  const chooseTopic = useApp((s) => s.chooseTopic);
  const [name, setName] = useState('');
  const [alias, setAlias] = useState('');
  const [source, setSource] = useState('');
  const topic = topics.find((t) => t.id === topicId);
  const countries = [home, ...counterparts.map((c) => c.country)].filter((c): c is string => Boolean(c));
  return (
    <details className="card topic-editor">
      <summary>Topics and their names</summary>
      {topic && (
        <p className="muted">
          <strong>{topic.name}</strong> is found under:{' '}
          {topic.aliases.map((a) => (a.sourceCountry ? `${a.alias} (in ${a.sourceCountry} sources)` : a.alias)).join(', ') ||
            'its name only'}
          .
        </p>
      )}
      {topic && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (alias.trim() && (await addAlias(topic.id, alias.trim(), source || null))) setAlias('');
          }}
        >
          <label className="picker-row">
            <span>Another name for {topic.name}</span>
            <input value={alias} onChange={(e) => setAlias(e.target.value)} placeholder="e.g. Biển Đông" />
          </label>
          <label className="picker-row">
            <span>Means this in</span>
            <select value={source} onChange={(e) => setSource(e.target.value)}>
              <option value="">every source</option>
              {countries.map((c) => (
                <option key={c} value={c}>
                  {c} sources only
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button small">
            Add name
          </button>
        </form>
      )}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const created = name.trim() ? await createTopic(name.trim(), []) : null;
          if (created) {
            setName('');
            await chooseTopic(created.id);
          }
        }}
      >
        <label className="picker-row">
          <span>New topic</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Public administration" />
        </label>
        <button type="submit" className="button small">
          Add topic
        </button>
      </form>
    </details>
  );
}
