// The book's header actions: autosave state, undo/redo, reading view, share file, duplicate, delete.

import { useEffect, useRef, useState } from 'react';
import { authorizedUrl } from '../../api/client.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { plural } from '../../components/format.ts';
import { isShortcut, titleOf } from '../../shortcuts.ts';
import { useApp, useAppStore } from '../../store/hooks.ts';

/** "Saving…", "Saved", "Not saved — retrying": in words, where the user looks. */
export function SaveStatus() {
  const state = useApp((s) => s.saveState);
  const problem = useApp((s) => s.saveProblem);
  const text =
    state === 'saving'
      ? 'Saving…'
      : state === 'saved'
        ? 'Saved'
        : state === 'retrying'
          ? 'Not saved — retrying'
          : 'All changes saved';
  return (
    <span
      className={`save-status save-${state}`}
      role="status"
      aria-label="Autosave"
      title={state === 'retrying' ? (problem ?? '') : ''}
    >
      {text}
    </span>
  );
}

function download(url: string, fileName: string) {
  const a = document.createElement('a');
  a.href = authorizedUrl(url);
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
}

export function BookActions() {
  const store = useAppStore();
  const canUndo = useApp((s) => s.canUndo);
  const canRedo = useApp((s) => s.canRedo);
  const book = useApp((s) => s.book);
  const [deleting, setDeleting] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!book) return null;
  const points = book.sections.reduce((n, s) => n + s.points.length, 0);
  return (
    <div className="book-actions" role="toolbar" aria-label="Book">
      <SaveStatus />
      <button
        type="button"
        className="button small"
        disabled={!canUndo}
        onClick={() => void store.getState().undo()}
        title={titleOf('edit.undo')}
      >
        Undo
      </button>
      <button
        type="button"
        className="button small"
        disabled={!canRedo}
        onClick={() => void store.getState().redo()}
        title={titleOf('edit.redo')}
      >
        Redo
      </button>
      <span className="tool-sep" aria-hidden="true" />
      <button type="button" className="button small" onClick={() => store.getState().setReading(true)}>
        Reading view
      </button>
      <button
        type="button"
        className="button small"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const saved = await store.getState().saveBookFile();
          setBusy(false);
          if (!saved?.saved) return;
          if (saved.downloadUrl) download(saved.downloadUrl, saved.fileName);
          store
            .getState()
            .notify('success', 'Book file ready', `${saved.fileName}: the book and ${plural(saved.records, 'record')} it cites.`);
        }}
      >
        Share file
      </button>
      <button
        type="button"
        className="button small"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await store.getState().duplicateBook();
          setBusy(false);
        }}
      >
        Duplicate
      </button>
      <button type="button" className="button small danger-text" onClick={() => setDeleting(true)}>
        Delete…
      </button>
      <Dialog open={deleting} title="Delete this briefing book?" onClose={() => setDeleting(false)}>
        <p>
          “{book.title}” and its {plural(points, 'point')} will be deleted. The records stay in the library.
        </p>
        <div className="form-actions">
          <button type="button" className="button" data-autofocus onClick={() => setDeleting(false)}>
            Keep the book
          </button>
          <button
            type="button"
            className="button danger"
            onClick={async () => {
              const ok = await store.getState().removeBook(book.id);
              if (ok) {
                setDeleting(false);
                store.getState().notify('info', 'Book deleted', `“${book.title}”`);
              }
            }}
          >
            Delete book
          </button>
        </div>
      </Dialog>
    </div>
  );
}

/** Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y) undo and redo book changes, also inside a point's text. */
export function useUndoShortcuts(active: boolean) {
  const store = useAppStore();
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      const redo = isShortcut('edit.redo', e);
      if (!redo && !isShortcut('edit.undo', e)) return;
      // Other fields (search, dialogs, cover details) keep their own undo.
      const target = e.target as HTMLElement | null;
      const field = target?.closest('input, textarea, select, [contenteditable]');
      if (field && !field.classList.contains('point-text')) return;
      if (target?.closest('dialog')) return;
      e.preventDefault();
      if (redo) void store.getState().redo();
      else void store.getState().undo();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [active, store]);
}

/** Saves typing before the page goes away (reload, close, switching apps). */
export function useFlushOnLeave() {
  const store = useAppStore();
  const ref = useRef(store);
  ref.current = store;
  useEffect(() => {
    const flush = () => void ref.current.getState().flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}
