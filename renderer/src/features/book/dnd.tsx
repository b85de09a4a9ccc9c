// Drag and drop for the book, with dnd-kit: reorder points within and across sections (mouse or
// keyboard: Space to pick up, arrows to move, Space to drop, Escape to cancel), and drag a
// paragraph from the Reader into a section of the book panel beside it.
import {
  type Announcements,
  type CollisionDetection,
  closestCorners,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { type ReactNode, useState } from 'react';
import { pointNumber, sectionNumber } from '../../../../electron/shared/numbering.ts';
import type { Book, Paragraph, Section } from '../../../../electron/shared/types.ts';
import { useApp, useAppStore } from '../../store/hooks.ts';
import './editor.css';

export type DragData =
  | { type: 'point'; pointId: string; sectionId: string }
  | { type: 'section'; sectionId: string }
  | { type: 'paragraph'; paragraph: Paragraph };

export const pointDragId = (id: string) => `point:${id}`;
export const sectionDropId = (id: string) => `section:${id}`;

/** "point 3.2" for a point id, from the book as it stands. */
function describePoint(book: Book | null, pointId: string): string {
  if (!book) return 'the point';
  for (const s of book.sections) {
    const i = s.points.findIndex((p) => p.id === pointId);
    if (i !== -1) return `point ${pointNumber(sectionNumber(book, s), i)}`;
  }
  return 'the point';
}

function describeTarget(book: Book | null, data: DragData | undefined): string {
  if (!book || !data) return 'nowhere';
  if (data.type === 'point') {
    const section = book.sections.find((s) => s.id === data.sectionId);
    return `${describePoint(book, data.pointId)} in ${section?.title ?? 'the book'}`;
  }
  if (data.type === 'section') return `the section ${book.sections.find((s) => s.id === data.sectionId)?.title ?? ''}`;
  return 'the record';
}

/** Where a drop lands: the section and the index (counted after the dragged point is taken out). */
export function dropTarget(book: Book, over: DragData | undefined): { section: Section; index: number } | null {
  if (!over) return null;
  if (over.type === 'section') {
    const section = book.sections.find((s) => s.id === over.sectionId);
    return section ? { section, index: section.points.length } : null;
  }
  if (over.type === 'point') {
    const section = book.sections.find((s) => s.id === over.sectionId);
    if (!section) return null;
    return {
      section,
      index: Math.max(
        0,
        section.points.findIndex((p) => p.id === over.pointId),
      ),
    };
  }
  return null;
}

/**
 * Keyboard moves go one place at a time, in the book's order: ArrowDown to the next point (or the
 * next empty section), ArrowUp to the previous one, across sections too. dnd-kit's default getter
 * picks the nearest corners, which can skip a long point.
 */
const keyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { active, collisionRect, droppableRects, droppableContainers, over } = context;
  if (!active || !collisionRect || (event.code !== 'ArrowDown' && event.code !== 'ArrowUp')) return undefined;
  event.preventDefault();
  const targets = droppableContainers
    .getEnabled()
    .map((c) => ({ id: c.id, rect: droppableRects.get(c.id) }))
    .filter((t): t is { id: typeof t.id; rect: NonNullable<typeof t.rect> } => Boolean(t.rect))
    .sort((a, b) => a.rect.top - b.rect.top);
  // Where the moved point is now: the place it is over, else its own place, else (rects measured
  // before the drop target was known, as on a busy machine) the place nearest its top. Never the
  // first place on the page, which would send the point to another section.
  let at = targets.findIndex((t) => t.id === (over?.id ?? active.id));
  if (at === -1) at = targets.findIndex((t) => t.id === active.id);
  if (at === -1) {
    if (targets.length === 0) return undefined;
    const distances = targets.map((t) => Math.abs(t.rect.top - collisionRect.top));
    at = distances.indexOf(Math.min(...distances));
  }
  const next = targets[event.code === 'ArrowDown' ? at + 1 : at - 1];
  return next ? { x: next.rect.left, y: next.rect.top } : undefined;
};

/**
 * A paragraph from the Reader drops where the pointer is (a point before its section, since points
 * sit inside sections). With the keyboard, the place whose top the moved point has reached; points
 * dragged by pointer use the closest corners, which is what dnd-kit's sortable lists are made for.
 */
const collisionDetection: CollisionDetection = (args) => {
  const dragged = args.active.data.current as DragData | undefined;
  if (dragged?.type === 'paragraph' && args.pointerCoordinates) {
    const within = pointerWithin(args);
    const points = within.filter((c) => String(c.id).startsWith('point:'));
    return points.length > 0 ? points : within;
  }
  if (!args.pointerCoordinates) {
    const { collisionRect, droppableRects, droppableContainers } = args;
    const nearest = droppableContainers
      .map((c) => ({ id: c.id, rect: droppableRects.get(c.id) }))
      .filter((t) => t.rect)
      .map((t) => ({
        id: t.id,
        value: Math.abs((t.rect?.top ?? 0) - collisionRect.top) + Math.abs((t.rect?.left ?? 0) - collisionRect.left),
      }))
      .sort((a, b) => a.value - b.value);
    return nearest
      .slice(0, 1)
      .map((n) => ({ id: n.id, data: { droppableContainer: droppableContainers.find((c) => c.id === n.id), value: n.value } }));
  }
  return closestCorners(args);
};

export function BookDndProvider({ children }: { children: ReactNode }) {
  const store = useAppStore();
  const [dragging, setDragging] = useState<DragData | null>(null);
  const sensors = useSensors(
    // A small distance keeps clicks on the handle clicks, and text selection in the Reader works.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  );

  const book = () => store.getState().book;
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const data = active.data.current as DragData | undefined;
      if (data?.type === 'paragraph') return `Picked up paragraph ${data.paragraph.label}. Drop it on a section of the book.`;
      return `Picked up ${describePoint(book(), data?.type === 'point' ? data.pointId : '')}. Use the arrow keys to move it, Space to drop it, Escape to cancel.`;
    },
    onDragOver: ({ over }) =>
      over ? `Over ${describeTarget(book(), over.data.current as DragData)}.` : 'Not over a place it can go.',
    onDragEnd: ({ over }) =>
      over ? `Dropped on ${describeTarget(book(), over.data.current as DragData)}.` : 'Dropped where it started.',
    onDragCancel: () => 'Moving cancelled; the point is back where it was.',
  };

  const onDragStart = (e: DragStartEvent) => setDragging((e.active.data.current as DragData) ?? null);

  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null);
    const current = book();
    const active = e.active.data.current as DragData | undefined;
    if (!current || !active || !e.over) return;
    const target = dropTarget(current, e.over.data.current as DragData | undefined);
    if (!target) return;
    const s = store.getState();
    if (active.type === 'paragraph') {
      const p = active.paragraph;
      void s
        .addParagraphAt(p.recordId, p.id, target.section.id, e.over.data.current?.type === 'point' ? target.index : undefined)
        .then((updated) => {
          if (updated) s.notify('success', `Added para ${p.label} to ${target.section.title}`);
        });
      return;
    }
    if (active.type === 'point') {
      const from = current.sections.find((x) => x.id === active.sectionId);
      const fromIndex = from?.points.findIndex((p) => p.id === active.pointId) ?? -1;
      if (from?.id === target.section.id && fromIndex === target.index) return;
      void s.movePointTo(active.pointId, target.section.id, target.index);
    }
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move this, press Space or Enter to pick it up, use the arrow keys to move it, and press Space or Enter again to drop it. Press Escape to cancel.',
        },
      }}
    >
      {children}
      <DragOverlay dropAnimation={null}>{dragging ? <DragPreview data={dragging} /> : null}</DragOverlay>
    </DndContext>
  );
}

function DragPreview({ data }: { data: DragData }) {
  const point = useApp((s) =>
    data.type === 'point' ? s.book?.sections.flatMap((x) => x.points).find((p) => p.id === data.pointId) : undefined,
  );
  const text = data.type === 'paragraph' ? data.paragraph.text : (point?.text ?? '');
  const label = data.type === 'paragraph' ? `Para ${data.paragraph.label}` : 'Point';
  return (
    <div className="drag-preview">
      <strong>{label}</strong> {text.length > 160 ? `${text.slice(0, 160)}…` : text}
    </div>
  );
}

/** The handle that drags a Reader paragraph into the book (the Reader adds it to each paragraph). */
export function ParagraphDragHandle({ paragraph }: { paragraph: Paragraph }) {
  const hasBook = useApp((s) => s.book !== null);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `para:${paragraph.id}`,
    data: { type: 'paragraph', paragraph } satisfies DragData,
    disabled: !hasBook,
  });
  if (!hasBook) return null;
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={`button small ghost drag-handle para-drag ${isDragging ? 'dragging' : ''}`}
      {...attributes}
      {...listeners}
      aria-label={`Drag paragraph ${paragraph.label} into the book`}
      title="Drag into a section of the book"
    >
      <span aria-hidden="true">⠿</span> Drag
    </button>
  );
}

function DropSection({ book, section }: { book: Book; section: Section }) {
  const { setNodeRef, isOver } = useDroppable({
    id: sectionDropId(section.id),
    data: { type: 'section', sectionId: section.id } satisfies DragData,
  });
  const last = section.points.at(-1);
  return (
    <li
      ref={setNodeRef}
      className={`drop-section ${isOver ? 'over' : ''}`}
      data-section-id={section.id}
      aria-label={`Section ${section.title}`}
    >
      <div className="drop-section-title">
        <span className="section-number">{sectionNumber(book, section)}.</span> {section.title}
        <span className="nav-count">{section.points.length}</span>
      </div>
      {last && <div className="drop-section-last subtle">{last.text.slice(0, 90)}</div>}
    </li>
  );
}

/** The open book beside the Reader: sections to drop paragraphs into. */
export function BookDropPanel() {
  const book = useApp((s) => s.book);
  const openBook = useApp((s) => s.openBook);
  if (!book) return null;
  return (
    <aside className="book-drop-panel" aria-label="Book panel">
      <header>
        <div className="subtle">Adding to</div>
        <button type="button" className="link-button drop-book-title" onClick={() => void openBook(book.id)}>
          {book.title}
        </button>
        <p className="subtle drop-hint">Drag a paragraph by its handle onto a section.</p>
      </header>
      <ol className="drop-sections">
        {book.sections.map((s) => (
          <DropSection key={s.id} book={book} section={s} />
        ))}
      </ol>
    </aside>
  );
}
