import { useState } from 'react';
import type { Section } from '../../../../electron/api/types.ts';
import { useApp } from '../../store/hooks.ts';
import { PointItem } from './PointItem.tsx';

export function SectionBlock({ section, number }: { section: Section; number: number }) {
  const addBlankPoint = useApp((s) => s.addBlankPoint);
  const [busy, setBusy] = useState(false);
  const headingId = `section-${section.id}`;
  const count = section.points.length;
  return (
    <section className={`book-section ${count === 0 ? 'empty' : ''}`} aria-labelledby={headingId} data-section-key={section.key ?? ''}>
      <header className="book-section-header">
        <h2 id={headingId}>
          <span className="section-number">{number}.</span> {section.title}
        </h2>
        <button
          type="button"
          className="button small ghost"
          disabled={busy}
          aria-label={`Add a point to ${section.title}`}
          onClick={async () => {
            setBusy(true);
            await addBlankPoint(section.id);
            setBusy(false);
          }}
        >
          + Add point
        </button>
      </header>
      {count === 0 ? (
        <p className="section-empty subtle">No points yet.</p>
      ) : (
        <ol className="points">
          {section.points.map((p, i) => (
            <PointItem key={p.id} point={p} number={`${number}.${i + 1}`} first={i === 0} last={i === count - 1} />
          ))}
        </ol>
      )}
    </section>
  );
}
