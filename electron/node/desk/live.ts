// The desk while the app (or `briefbook serve`) runs: syncs soon after each local change and every
// little while to receive the others' work, and keeps one live connection to the book on screen so
// everyone sees who else has it open (Hocuspocus awareness). The state it shows is "Offline",
// "Syncing…" or "Up to date".
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { BriefbookError } from '../../shared/errors.ts';
import type { DeskLiveState } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { statement } from '../db/statements.ts';
import { bookDocName, deskSettings } from './store.ts';
import { deskSync, type SyncReport } from './sync.ts';

const CHECK_MS = 1_000;
// Without a change here, the others' work is fetched this often (a sync of an unchanged library is a few small messages).
const RECEIVE_MS = 5_000;

export class DeskLive {
  state: DeskLiveState = { state: 'not-joined', message: null, bookId: null, others: [] };
  #timer: NodeJS.Timeout;
  #running = false;
  #lastSync = 0;
  #socket: HocuspocusProviderWebsocket | null = null;
  #presence: HocuspocusProvider | null = null;

  readonly db: Db;
  readonly notify: (state: DeskLiveState, report: SyncReport | null) => void;

  constructor(db: Db, notify: (state: DeskLiveState, report: SyncReport | null) => void) {
    this.db = db;
    this.notify = notify;
    this.#timer = setInterval(() => void this.tick(), CHECK_MS);
    this.#timer.unref();
  }

  #set(patch: Partial<DeskLiveState>, report: SyncReport | null = null): void {
    this.state = { ...this.state, ...patch };
    this.notify(this.state, report);
  }

  /** Syncs when something waits to be sent, or when it is time to look for the others' work. */
  async tick(force = false): Promise<void> {
    if (this.#running || !deskSettings(this.db)) return;
    const waiting = (statement(this.db, 'SELECT count(*) AS n FROM desk_outbox').get() as { n: number }).n;
    if (!force && waiting === 0 && Date.now() - this.#lastSync < RECEIVE_MS && this.state.state !== 'offline') return;
    this.#running = true;
    // A look for the others' work with nothing to send does not flash "Syncing…" every few seconds.
    if (waiting > 0 || this.state.state !== 'up-to-date') this.#set({ state: 'syncing', message: null });
    try {
      const report = await deskSync(this.db);
      this.#lastSync = Date.now();
      this.#set({ state: 'up-to-date', message: report.refused[0] ?? null }, report);
    } catch (error) {
      const message = error instanceof BriefbookError ? error.message : String((error as Error).message);
      this.#set({ state: 'offline', message });
    } finally {
      this.#running = false;
    }
  }

  /** The book on screen: announce this officer on it and list the others who have it open. */
  watch(bookId: string | null): DeskLiveState {
    const settings = deskSettings(this.db);
    if (bookId === this.state.bookId && (this.#presence || !settings)) return this.state;
    this.#presence?.destroy();
    this.#presence = null;
    this.state = { ...this.state, bookId, others: [] };
    if (!settings || !bookId) return this.state;
    this.#socket ??= new HocuspocusProviderWebsocket({ url: settings.url, maxDelay: 10_000 });
    const provider = new HocuspocusProvider({
      websocketProvider: this.#socket,
      name: bookDocName(bookId),
      // Presence only: the book's content travels through the sync, which keeps the outbox.
      document: new Y.Doc(),
      token: JSON.stringify({ token: settings.token }),
      onAwarenessChange: ({ states }) => {
        const others = states
          .filter((s) => s.clientId !== provider.awareness?.clientID)
          .map((s) => String((s as { officer?: unknown }).officer ?? ''))
          .filter(Boolean);
        this.#set({ others: [...new Set(others)].sort() });
      },
    });
    provider.setAwarenessField('officer', settings.officer);
    provider.attach();
    this.#presence = provider;
    return this.state;
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#presence?.destroy();
    this.#socket?.destroy();
  }
}

const lives = new WeakMap<Db, DeskLive>();

export function startDeskLive(db: Db, notify: (state: DeskLiveState, report: SyncReport | null) => void): DeskLive {
  const live = new DeskLive(db, notify);
  lives.set(db, live);
  return live;
}

/** The running desk link of this library (the app and `serve`), or null (the CLI syncs by hand). */
export const deskLiveFor = (db: Db): DeskLive | null => lives.get(db) ?? null;
