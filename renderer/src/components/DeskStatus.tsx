// The desk in the sidebar: "Offline", "Syncing…" or "Up to date", and who else has this book open.
// Nothing shows on a library that has not joined a desk.
import { useEffect } from 'react';
import type { DeskLiveState } from '../../../electron/shared/types.ts';
import { useApp } from '../store/hooks.ts';

const LABELS: Record<DeskLiveState['state'], string> = {
  'not-joined': '',
  offline: 'Offline',
  syncing: 'Syncing…',
  'up-to-date': 'Up to date',
};

export function DeskStatus() {
  const bookId = useApp((s) => (s.view.name === 'book' ? (s.book?.id ?? null) : null));
  const live = useApp((s) => s.deskLive);
  const watch = useApp((s) => s.watchDeskBook);

  useEffect(() => {
    void watch(bookId);
  }, [bookId, watch]);

  if (!live || live.state === 'not-joined') return null;
  const others = live.bookId === bookId ? live.others : [];
  return (
    <div className={`desk-status desk-${live.state}`} role="status" aria-live="polite" title={live.message ?? undefined}>
      <span className="desk-state">{LABELS[live.state]}</span>
      {others.length > 0 && <span className="desk-others">Also open: {others.join(', ')}</span>}
    </div>
  );
}
