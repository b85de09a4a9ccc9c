import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { pointNumber } from '../../../../electron/shared/numbering.ts';
import type { Section } from '../../../../electron/shared/types.ts';
import { plural } from '../../components/format.ts';
import { useAppStore } from '../../store/hooks.ts';
import { type DragData, pointDragId, sectionDropId } from './dnd.tsx';
import { PointItem } from './PointItem.tsx';
import { CommitmentSuggestions, ParticipantSuggestions } from './Suggestions.tsx';

type Props = { section: Section; number: number; first: boolean; last: boolean; index: number };

/** Sections longer than this render only the points near the screen (a 500-point book stays instant). */
export const VIRTUAL_FROM = 40;

/** A long section's points, virtualised against the app's scrolling main area. */
function VirtualPoints({ section, number }: { section: Section; number: number }) {
  const listRef = useRef<HTMLOListElement>(null);
  // The app's scrolling area; found after mount (on the first render it is not in the DOM yet).
  const [main, setMain] = useState<HTMLElement | null>(null);
  useEffect(() => setMain(document.getElementById('main')), []);
  const [margin, setMargin] = useState(0);
  // Where the list starts inside the scrolling area; sections above it change it.
  useEffect(() => {
    const list = listRef.current;
    if (!list || !main) return;
    const measure = () => setMargin(list.getBoundingClientRect().top - main.getBoundingClientRect().top + main.scrollTop);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(main.firstElementChild ?? main);
    return () => observer.disconnect();
  }, [main]);
  const points = section.points;
  const virtualizer = useVirtualizer({
    count: points.length,
    getScrollElement: () => main,
    estimateSize: () => 150,
    overscan: 8,
    scrollMargin: margin,
    getItemKey: (i) => points[i]?.id ?? i,
  });
  return (
    <ol className="points virtual" ref={listRef} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {virtualizer.getVirtualItems().map((item) => {
        const p = points[item.index];
        if (!p) return null;
        return (
          <PointItem
            key={p.id}
            point={p}
            sectionId={section.id}
            number={pointNumber(number, item.index)}
            first={item.index === 0}
            last={item.index === points.length - 1}
            virtual={{ top: item.start - margin, index: item.index, measure: virtualizer.measureElement }}
          />
        );
      })}
    </ol>
  );
}

function SectionTitle({ section, number }: { section: Section; number: number }) {
  const store = useAppStore();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(section.title);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    if (editing) inputRef.current?.select();
  }, [editing]);
  const headingId = `section-${section.id}`;
  if (!editing) {
    return (
      <h2 id={headingId} className="section-heading">
        <span className="section-number">{number}.</span> {section.title}
        <button
          type="button"
          className="button small ghost rename-section"
          aria-label={`Rename section ${section.title}`}
          onClick={() => {
            setDraft(section.title);
            setEditing(true);
          }}
        >
          Rename
        </button>
      </h2>
    );
  }
  const save = async () => {
    const title = draft.trim();
    if (title && title !== section.title) await store.getState().renameSection(section.id, title);
    setEditing(false);
  };
  return (
    <form
      className="section-rename"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id={headingId} className="visually-hidden">
        {number}. {section.title}
      </h2>
      <label htmlFor={id} className="visually-hidden">
        Section title
      </label>
      <input
        id={id}
        ref={inputRef}
        value={draft}
        maxLength={300}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
      />
      <button type="submit" className="button small primary">
        Save
      </button>
      <button type="button" className="button small ghost" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}

function SectionBlockView({ section, number, first, last, index }: Props) {
  const store = useAppStore();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const count = section.points.length;
  // A section with points is reached through its points; only an empty one is a target of its own
  // (fewer targets keep keyboard moves going point by point).
  const { setNodeRef, isOver } = useDroppable({
    id: sectionDropId(section.id),
    data: { type: 'section', sectionId: section.id } satisfies DragData,
    disabled: count > 0,
  });
  // The same ids give the same array, so typing in one point does not disturb the others' drag state.
  const idKey = section.points.map((p) => p.id).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: idKey stands for the ids.
  const items = useMemo(() => section.points.map((p) => pointDragId(p.id)), [idKey]);
  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    await work();
    setBusy(false);
  };
  const suggestLabel =
    section.key === 'commitments' ? 'Suggest from records' : section.key === 'participants' ? 'Build from records' : null;

  return (
    <section
      ref={setNodeRef}
      className={`book-section ${count === 0 ? 'empty' : ''} ${isOver ? 'drop-over' : ''}`}
      aria-labelledby={`section-${section.id}`}
      data-section-key={section.key ?? ''}
      data-section-id={section.id}
    >
      <header className="book-section-header">
        <SectionTitle section={section} number={number} />
        <div className="section-actions">
          {suggestLabel && (
            <button
              type="button"
              className="button small ghost"
              aria-expanded={suggesting}
              onClick={() => setSuggesting(!suggesting)}
            >
              {suggesting ? 'Hide suggestions' : suggestLabel}
            </button>
          )}
          <button
            type="button"
            className="button small ghost"
            disabled={busy || first}
            aria-label={`Move section ${section.title} up`}
            onClick={() => void act(() => store.getState().moveSection(section.id, index - 1))}
          >
            ↑
          </button>
          <button
            type="button"
            className="button small ghost"
            disabled={busy || last}
            aria-label={`Move section ${section.title} down`}
            onClick={() => void act(() => store.getState().moveSection(section.id, index + 1))}
          >
            ↓
          </button>
          {confirming ? (
            <span className="confirm-inline">
              <span className="subtle">Remove with its {plural(count, 'point')}?</span>
              <button
                type="button"
                className="button small danger"
                ref={(el) => el?.focus()}
                onClick={() => void act(() => store.getState().removeSection(section.id))}
              >
                Remove section
              </button>
              <button type="button" className="button small ghost" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="button small ghost"
              disabled={busy}
              aria-label={`Remove section ${section.title}`}
              onClick={() => (count > 0 ? setConfirming(true) : void act(() => store.getState().removeSection(section.id)))}
            >
              Remove
            </button>
          )}
          <button
            type="button"
            className="button small ghost"
            disabled={busy}
            aria-label={`Add a point to ${section.title}`}
            onClick={() => void act(() => store.getState().addBlankPoint(section.id))}
          >
            + Add point
          </button>
        </div>
      </header>
      {suggesting && section.key === 'commitments' && <CommitmentSuggestions sectionId={section.id} />}
      {suggesting && section.key === 'participants' && <ParticipantSuggestions sectionId={section.id} />}
      <SortableContext items={items} strategy={verticalListSortingStrategy}>
        {count === 0 ? (
          <p className="section-empty subtle">No points yet.</p>
        ) : count >= VIRTUAL_FROM ? (
          <VirtualPoints section={section} number={number} />
        ) : (
          <ol className="points">
            {section.points.map((p, i) => (
              <PointItem
                key={p.id}
                point={p}
                sectionId={section.id}
                number={pointNumber(number, i)}
                first={i === 0}
                last={i === count - 1}
              />
            ))}
          </ol>
        )}
      </SortableContext>
    </section>
  );
}

export const SectionBlock = memo(SectionBlockView);
