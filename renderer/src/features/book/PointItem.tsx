import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { TalkingPoint } from '../../../../electron/shared/types.ts';
import { formatDate } from '../../components/format.ts';
import { isShortcut } from '../../shortcuts.ts';
import { useApp, useAppStore } from '../../store/hooks.ts';
import { type DragData, pointDragId } from './dnd.tsx';
import { drift, type Edit, toggleWrap } from './markup.tsx';
import { KINDS, PointTools } from './PointTools.tsx';

const DRIFT_LABEL = { verbatim: 'verbatim', reworded: 'reworded', drafted: 'drafted from source', none: '' } as const;
const DRIFT_TITLE = {
  verbatim: 'The wording is the source’s own.',
  reworded: 'The wording differs from the source paragraph. Hover the source to compare.',
  drafted: 'Drafted as a talking point from the source; the source stays attached.',
  none: '',
} as const;

type Props = {
  point: TalkingPoint;
  number: string;
  sectionId: string;
  first: boolean;
  last: boolean;
  /** In a virtualised list: where the row sits, its index, and the list's measuring ref. */
  virtual?: { top: number; index: number; measure: (el: HTMLElement | null) => void };
};
type BodyProps = Props & { textId: string };

/** The sortable row: re-renders while anything is dragged, so it holds only the handle and the number. */
function PointItemView(props: Props) {
  const { point, number, sectionId } = props;
  const textId = useId();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: pointDragId(point.id),
    data: { type: 'point', pointId: point.id, sectionId } satisfies DragData,
  });
  const virtual = props.virtual;
  const measure = virtual?.measure;
  const style = virtual
    ? {
        transform: CSS.Translate.toString(transform),
        transition,
        position: 'absolute' as const,
        top: virtual.top,
        left: 0,
        right: 0,
      }
    : { transform: CSS.Translate.toString(transform), transition };
  const ref = useCallback(
    (el: HTMLLIElement | null) => {
      setNodeRef(el);
      measure?.(el);
    },
    [setNodeRef, measure],
  );
  return (
    <li
      ref={ref}
      style={style}
      className={`point kind-${point.kind} ${isDragging ? 'dragging' : ''}`}
      data-point-id={point.id}
      data-index={virtual?.index}
    >
      <div className="point-gutter">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="drag-handle point-handle"
          {...attributes}
          {...listeners}
          aria-label={`Drag point ${number}`}
          title="Drag to reorder (or Space, then arrow keys)"
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <label className="point-number" htmlFor={textId}>
          <span className="visually-hidden">Point </span>
          {number}
        </label>
      </div>
      <PointBody {...props} textId={textId} />
    </li>
  );
}

const samePoint = (a: Props, b: Props) => {
  const p = a.point;
  const q = b.point;
  return (
    a.virtual?.top === b.virtual?.top &&
    a.virtual?.index === b.virtual?.index &&
    a.number === b.number &&
    a.first === b.first &&
    a.last === b.last &&
    a.sectionId === b.sectionId &&
    p.id === q.id &&
    p.text === q.text &&
    p.kind === q.kind &&
    p.marking === q.marking &&
    p.drafted === q.drafted &&
    p.citation?.paragraphId === q.citation?.paragraphId &&
    p.citation?.sourceText === q.citation?.sourceText &&
    p.citation?.recordTitle === q.citation?.recordTitle
  );
};

/** The text, its tools and its source: re-renders only when this point changes. */
const PointBody = memo(function PointBody({ point, number, first, last, textId }: BodyProps) {
  const store = useAppStore();
  const saveState = useApp((s) => s.pointSave[point.id]);
  const openRecord = useApp((s) => s.openRecord);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // The formatting tools and selects are made only for the point being worked on: 500 points stay light.
  const [active, setActive] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const selection = useRef<{ start: number; end: number } | null>(null);
  const [moved, setMoved] = useState<'up' | 'down' | null>(null);

  // A move re-inserts the row, which drops focus: put it back on a move button that still works.
  useEffect(() => {
    if (!moved) return;
    const same = moved === 'up' ? (first ? null : upRef.current) : last ? null : downRef.current;
    (same ?? (moved === 'up' ? downRef.current : upRef.current))?.focus();
    setMoved(null);
  }, [moved, first, last]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  // After a formatting command, keep the selection on the text it applied to.
  useLayoutEffect(() => {
    const sel = selection.current;
    if (!sel || !textRef.current) return;
    textRef.current.setSelectionRange(sel.start, sel.end);
    selection.current = null;
  });

  const type = (text: string) => store.getState().typePoint(point.id, text);
  const format = (make: (text: string, start: number, end: number) => Edit) => {
    const el = textRef.current;
    if (!el) return;
    const edit = make(el.value, el.selectionStart, el.selectionEnd);
    selection.current = { start: edit.selectionStart, end: edit.selectionEnd };
    type(edit.text);
    el.focus();
  };
  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    await work();
    setBusy(false);
  };
  const move = async (direction: 'up' | 'down') => {
    setBusy(true);
    const book = await store.getState().movePoint(point.id, direction);
    setBusy(false);
    if (book) setMoved(direction);
  };

  const c = point.citation;
  const d = drift(point);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would restyle the row; the group only names the point's controls.
    <div
      className="point-body"
      role="group"
      aria-label={`Point ${number}`}
      onFocus={() => setActive(true)}
      onMouseEnter={() => setActive(true)}
      onMouseLeave={(e) => {
        if (!e.currentTarget.contains(document.activeElement)) setActive(false);
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setActive(false);
      }}
    >
      {active ? (
        <PointTools point={point} number={number} format={format} />
      ) : (
        <div className="point-tools-placeholder" aria-hidden="true">
          {point.kind !== 'talking-point' && <span className="tag">{KINDS.find((k) => k.value === point.kind)?.label}</span>}
          {point.marking && <span className={`tag cls-${point.marking.toLowerCase()}`}>{point.marking}</span>}
        </div>
      )}
      <textarea
        id={textId}
        ref={textRef}
        className="point-text"
        value={point.text}
        rows={2}
        spellCheck
        placeholder="Write the talking point, in the first person (“We welcome…”)."
        onChange={(e) => type(e.target.value)}
        onBlur={() => void store.getState().flush()}
        onKeyDown={(e) => {
          if (isShortcut('point.save', e)) {
            e.preventDefault();
            void store.getState().flush();
          } else if (isShortcut('point.bold', e)) {
            e.preventDefault();
            format((t, s, en) => toggleWrap(t, s, en, '**'));
          } else if (isShortcut('point.italic', e)) {
            e.preventDefault();
            format((t, s, en) => toggleWrap(t, s, en, '*'));
          }
        }}
      />
      <div className="point-footer">
        {c ? (
          <span className="source">
            <button
              type="button"
              className="citation link-button"
              title={c.sourceText}
              onClick={() => void openRecord(c.recordId, c.paragraphId)}
            >
              from: {c.recordTitle}
              {c.publishedAt ? `, ${formatDate(c.publishedAt)}` : ''}, para {c.label}
            </button>
            <span className={`drift drift-${d}`} title={DRIFT_TITLE[d]}>
              {DRIFT_LABEL[d]}
            </span>
          </span>
        ) : (
          <span className="subtle citation-none">No source</span>
        )}
        <span className="point-state subtle" aria-live="polite">
          {saveState === 'saving' ? 'Saving…' : saveState === 'saved' ? 'Saved' : ''}
        </span>
        <div className="point-actions">
          {(c || point.text.trim()) && (
            <button
              type="button"
              className="button small ghost"
              disabled={busy}
              onClick={() => void act(() => store.getState().draftPoint(point.id))}
              title="Turn reported speech into a first-person talking point"
            >
              Draft as talking point
            </button>
          )}
          <button
            type="button"
            className="button small ghost"
            disabled={busy}
            aria-label={`Split point ${number} at the cursor`}
            title="Split at the cursor"
            onClick={() => {
              const at = textRef.current?.selectionStart ?? 0;
              void act(() => store.getState().splitPoint(point.id, at));
            }}
          >
            Split
          </button>
          {!last && (
            <button
              type="button"
              className="button small ghost"
              disabled={busy}
              aria-label={`Join point ${number} with the next`}
              title="Join with the next point"
              onClick={() => void act(() => store.getState().mergePoint(point.id))}
            >
              Join next
            </button>
          )}
          <button
            type="button"
            className="button small ghost"
            disabled={first || busy}
            ref={upRef}
            onClick={() => void move('up')}
            aria-label={`Move point ${number} up`}
          >
            ↑
          </button>
          <button
            type="button"
            className="button small ghost"
            disabled={last || busy}
            ref={downRef}
            onClick={() => void move('down')}
            aria-label={`Move point ${number} down`}
          >
            ↓
          </button>
          {confirming ? (
            <>
              <button
                type="button"
                className="button small danger"
                ref={confirmRef}
                onClick={async () => {
                  setBusy(true);
                  const book = await store.getState().deletePoint(point.id);
                  setBusy(false);
                  if (!book) setConfirming(false);
                }}
              >
                Confirm delete
              </button>
              <button type="button" className="button small ghost" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button small ghost"
              onClick={() => setConfirming(true)}
              aria-label={`Delete point ${number}`}
            >
              Delete
            </button>
          )}
        </div>
      </div>
    </div>
  );
}, samePoint);

/** Rows re-render only when their own point changes: typing in one of 500 points stays instant. */
export const PointItem = memo(PointItemView, samePoint);
