import { useEffect, useState } from 'react';
import type { ParagraphTopic } from '../../../../electron/shared/types.ts';
import { useApp } from '../../store/hooks.ts';
import './topics.css';

/** A paragraph's topic tags in the Reader: remove one with ×, add one from the list. */
export function ParagraphTags({ paragraphId, tags }: { paragraphId: string; tags: ParagraphTopic[] }) {
  const topics = useApp((s) => s.topics);
  const tagParagraph = useApp((s) => s.tagParagraph);
  const [adding, setAdding] = useState('');
  const shown = tags.filter((t) => t.kind === 'subject');
  const available = topics.filter((t) => t.kind === 'subject' && !shown.some((s) => s.topicId === t.id));
  return (
    <fieldset className="topic-chips" aria-label="Topics">
      {shown.map((t) => (
        <span
          key={t.topicId}
          className={`topic-chip ${t.inferred ? 'inferred' : ''}`}
          title={
            t.inferred ? (t.reason ?? 'Inferred') : t.byUser ? 'Added by you' : t.matched ? `Found “${t.matched}”` : undefined
          }
        >
          {t.name}
          {t.inferred && ' (inferred)'}
          <button
            type="button"
            aria-label={`Remove topic ${t.name}`}
            onClick={() => void tagParagraph(paragraphId, t.topicId, false)}
          >
            ×
          </button>
        </span>
      ))}
      <select
        className="topic-add"
        aria-label="Add a topic"
        value={adding}
        onChange={(e) => {
          const id = e.target.value;
          setAdding('');
          if (id) void tagParagraph(paragraphId, id, true);
        }}
      >
        <option value="">+ Topic</option>
        {available.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </fieldset>
  );
}

const EMPTY: ParagraphTopic[] = [];

/** The Reader's tag line for one paragraph; the record's tags are loaded once for all its paragraphs. */
export function ParagraphTopicsFor({ paragraph }: { paragraph: { id: string; recordId: string } }) {
  const loadedFor = useApp((s) => s.paragraphTagsRecordId);
  const all = useApp((s) => (s.paragraphTagsRecordId === paragraph.recordId ? s.paragraphTags : EMPTY));
  const hasTopics = useApp((s) => s.topics.length > 0);
  const loadTags = useApp((s) => s.loadParagraphTags);
  const loadTopics = useApp((s) => s.loadTopics);
  useEffect(() => {
    if (loadedFor !== paragraph.recordId && requested !== paragraph.recordId) {
      requested = paragraph.recordId;
      void loadTags(paragraph.recordId);
      if (!hasTopics) void loadTopics();
    }
  }, [loadedFor, paragraph.recordId, loadTags, loadTopics, hasTopics]);
  if (loadedFor !== paragraph.recordId) return null;
  return <ParagraphTags paragraphId={paragraph.id} tags={all.filter((t) => t.paragraphId === paragraph.id)} />;
}

/** The record whose tags were last asked for, so its paragraphs ask once between them. */
let requested: string | null = null;
