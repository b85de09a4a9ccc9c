import { useEffect, useId, useRef, useState } from 'react';
import type { TalkingPoint } from '../../../../electron/api/types.ts';
import { formatDate } from '../../components/format.ts';
import { useApp } from '../../store/hooks.ts';

type Props = { point: TalkingPoint; number: string; first: boolean; last: boolean };

export function PointItem({ point, number, first, last }: Props) {
  const updatePoint = useApp((s) => s.updatePoint);
  const movePoint = useApp((s) => s.movePoint);
  const deletePoint = useApp((s) => s.deletePoint);
  const openRecord = useApp((s) => s.openRecord);
  const [draft, setDraft] = useState(point.text);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const editing = useRef(false);
  const textId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const [moved, setMoved] = useState<'up' | 'down' | null>(null);

  // Moving re-inserts the point's DOM node, which drops keyboard focus: put it back on a move
  // button that still works (the same direction if possible).
  useEffect(() => {
    if (!moved) return;
    const same = moved === 'up' ? (first ? null : upRef.current) : last ? null : downRef.current;
    (same ?? (moved === 'up' ? downRef.current : upRef.current))?.focus();
    setMoved(null);
  }, [moved, first, last]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  // Take the API's text whenever it changes, unless the user is typing.
  useEffect(() => {
    if (!editing.current) setDraft(point.text);
  }, [point.text]);

  useEffect(() => {
    if (state !== 'saved') return;
    const t = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(t);
  }, [state]);

  const save = async () => {
    if (draft === point.text) return;
    setState('saving');
    const book = await updatePoint(point.id, draft);
    setState(book ? 'saved' : 'idle');
  };

  const move = async (direction: 'up' | 'down') => {
    setBusy(true);
    const book = await movePoint(point.id, direction);
    setBusy(false);
    if (book) setMoved(direction);
  };

  const c = point.citation;
  return (
    <li className="point" data-point-id={point.id}>
      <label className="point-number" htmlFor={textId}>
        <span className="visually-hidden">Point </span>
        {number}
      </label>
      <div className="point-body">
        <textarea
          id={textId}
          className="point-text"
          value={draft}
          rows={2}
          placeholder="Write the talking point, in the first person (“We welcome…”)."
          onFocus={() => {
            editing.current = true;
          }}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            editing.current = false;
            void save();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            } else if (e.key === 'Escape') {
              setDraft(point.text);
            }
          }}
        />
        <div className="point-footer">
          {c ? (
            <button
              type="button"
              className="citation link-button"
              title={c.sourceText}
              onClick={() => void openRecord(c.recordId, c.paragraphId)}
            >
              from: {c.recordTitle}
              {c.publishedAt ? `, ${formatDate(c.publishedAt)}` : ''}, para {c.label}
            </button>
          ) : (
            <span className="subtle citation-none">No source</span>
          )}
          <span className="point-state subtle" aria-live="polite">
            {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : draft !== point.text ? 'Unsaved — Ctrl+Enter to save' : ''}
          </span>
          <div className="point-actions">
            <button
              type="button"
              className="button small ghost"
              disabled={first || busy}
              ref={upRef}
              onClick={() => void move('up')}
              aria-label={`Move point ${number} up`}
            >
              ↑ Up
            </button>
            <button
              type="button"
              className="button small ghost"
              disabled={last || busy}
              ref={downRef}
              onClick={() => void move('down')}
              aria-label={`Move point ${number} down`}
            >
              ↓ Down
            </button>
            {confirming ? (
              <>
                <button
                  type="button"
                  className="button small danger"
                  ref={confirmRef}
                  onClick={async () => {
                    setBusy(true);
                    const book = await deletePoint(point.id);
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
    </li>
  );
}
