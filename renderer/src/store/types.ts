// Shapes shared by the store's slices. Plain TS (no DOM, no React) so node:test can load it.
import type { StoreApi } from 'zustand/vanilla';
import type { ApiClient, ApiError } from '../api/client.ts';
import type { BooksSlice } from './state/books.ts';
import type { DeskSlice } from './state/desk.ts';
import type { EditorSlice } from './state/editor.ts';
import type { ExportSlice } from './state/export.ts';
import type { LibrarySlice } from './state/library.ts';
import type { PeopleSlice } from './state/people.ts';
import type { SettingsSlice } from './state/settings.ts';
import type { TopicsSlice } from './state/topics.ts';
import type { UiSlice } from './state/ui.ts';

export type AppState = LibrarySlice &
  BooksSlice &
  ExportSlice &
  UiSlice &
  EditorSlice &
  TopicsSlice &
  SettingsSlice &
  PeopleSlice &
  DeskSlice;

/** Small key/value persistence for preferences (localStorage in the app, a Map in tests). */
export type Prefs = { get(key: string): string | null; set(key: string, value: string | null): void };

export type StoreDeps = {
  client: ApiClient;
  prefs: Prefs;
  /** Calls a method; on failure shows the error to the user (with `context`) and returns null. */
  run: <T>(result: Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>, context: string) => Promise<T | null>;
};

export type SliceCreator<S> = (set: StoreApi<AppState>['setState'], get: () => AppState, deps: StoreDeps) => S;

export type { Status } from './state/status.ts';
