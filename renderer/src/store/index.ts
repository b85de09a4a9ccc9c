// The one app store, built from typed slices. The API client is injected so tests can fake it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../api/client.ts';
import { createBooksSlice } from './books.ts';
import { createDeskSlice } from './desk.ts';
import { createEditorSlice } from './editor.ts';
import { createExportSlice } from './export.ts';
import { createLibrarySlice } from './library.ts';
import { createPeopleSlice } from './people.ts';
import { createSettingsSlice } from './settings.ts';
import { createTopicsSlice } from './topics.ts';
import type { AppState, Prefs, StoreDeps } from './types.ts';
import { createUiSlice } from './ui.ts';

export type { AppState, Prefs } from './types.ts';
export type AppStore = StoreApi<AppState> & { init: () => Promise<void>; dispose: () => void };

export function memoryPrefs(initial: Record<string, string> = {}): Prefs {
  const map = new Map(Object.entries(initial));
  return {
    get: (key) => map.get(key) ?? null,
    set: (key, value) => {
      if (value === null) map.delete(key);
      else map.set(key, value);
    },
  };
}

export function createAppStore(client: ApiClient, prefs: Prefs = memoryPrefs()): AppStore {
  const store = createStore<AppState>()((set, get) => {
    const run: StoreDeps['run'] = async (pending, context) => {
      let res: Awaited<typeof pending>;
      try {
        res = await pending;
      } catch (err) {
        // The real client never throws, but an injected one might.
        get().showError(context, err instanceof Error ? err.message : String(err));
        return null;
      }
      if (res.ok) return res.value;
      get().showError(context, res.error);
      return null;
    };
    const deps: StoreDeps = { client, prefs, run };
    return {
      ...createUiSlice(set, get, deps),
      ...createLibrarySlice(set, get, deps),
      ...createBooksSlice(set, get, deps),
      ...createExportSlice(set, get, deps),
      ...createEditorSlice(set, get, deps),
      ...createTopicsSlice(set, get, deps),
      ...createSettingsSlice(set, get, deps),
      ...createPeopleSlice(set, get, deps),
      ...createDeskSlice(set, get, deps),
    };
  });

  /** The other officers' work arrived: the book list, and the open book once this officer's edits are saved. */
  const receiveFromDesk = async () => {
    await store.getState().loadBooks();
    const id = store.getState().book?.id;
    if (!id) return;
    await store.getState().flush();
    const fresh = await client.call('books.get', { id });
    if (fresh.ok && store.getState().book?.id === id) store.getState().receiveBook(fresh.value);
  };

  const offs: Array<() => void> = [];
  let started = false;
  const init = async () => {
    if (!started) {
      started = true;
      offs.push(client.on('pdf.progress', (p) => store.getState().onExportProgress(p)));
      offs.push(client.on('desk.changed', (state) => store.getState().receiveDeskLive(state)));
      offs.push(
        client.on('library.changed', ({ reason }) => {
          void store.getState().loadRecords();
          if (reason === 'desk') void receiveFromDesk();
        }),
      );
    }
    const s = store.getState();
    // Whether the library is on a desk decides which undo the editor uses.
    await Promise.all([s.loadRecords(), s.loadBooks(), s.loadSettings(), s.loadDesk()]);
  };
  const dispose = () => {
    for (const off of offs.splice(0)) off();
    started = false;
  };
  return Object.assign(store, { init, dispose });
}
