// The desk in the sidebar: "Offline", "Syncing…" or "Up to date", and who else has this book open.
// Nothing shows on a library that has not joined a desk.
import { useEffect, useState } from 'react';
import type { DeskLiveState } from '../../../electron/shared/types.ts';
import { call, getClient } from '../api/client.ts';
import { useApp } from '../store/hooks.ts';

const LABELS: Record<DeskLiveState['state'], string> = {
  'not-joined': '',
  offline: 'Offline',
  syncing: 'Syncing…',
  'up-to-date': 'Up to date',
};

export function DeskStatus() {
  const bookId = useApp((s) => (s.view.name === 'book' ? (s.book?.id ?? null) : null));
  const [live, setLive] = useState<DeskLiveState | null>(null);

  useEffect(() => getClient().on('desk.changed', (state) => setLive(state)), []);
  useEffect(() => {
    let current = true;
    void call('desk.live', { bookId }).then((r) => {
      if (current && r.ok) setLive(r.value);
    });
    return () => {
      current = false;
    };
  }, [bookId]);

  if (!live || live.state === 'not-joined') return null;
  const others = live.bookId === bookId ? live.others : [];
  return (
    <div className={`desk-status desk-${live.state}`} role="status" aria-live="polite" title={live.message ?? undefined}>
      <span className="desk-state">{LABELS[live.state]}</span>
      {others.length > 0 && <span className="desk-others">Also open: {others.join(', ')}</span>}
    </div>
  );
}
