// UI slice: which view is showing, and the messages (toasts) the user must see.
import type { ApiError } from '../api/client.ts';
import type { UiSlice, View } from './state/ui.ts';
import type { SliceCreator } from './types.ts';

export type { Toast, UiSlice, View } from './state/ui.ts';

let nextToastId = 1;

/** Words for errors whose raw message would not help the user. */
export function describeError(error: ApiError | string): string {
  if (typeof error === 'string') return error;
  const message = error.message?.trim();
  if (message) return message;
  switch (error.code) {
    case 'UNAUTHORIZED':
      return 'This window is not signed in to Briefbook. Reopen it from Briefbook.';
    case 'NOT_FOUND':
      return 'It no longer exists. It may have been removed.';
    default:
      return 'Something went wrong. Please try again.';
  }
}

export const createUiSlice: SliceCreator<UiSlice> = (set, get, { prefs }) => {
  const saved = prefs.get('view');
  const initial: View = saved === 'book' ? { name: 'book' } : { name: 'library' };
  return {
    view: initial,
    toasts: [],
    setView: (view) => {
      set({ view });
      prefs.set('view', view.name === 'book' ? 'book' : 'library');
    },
    notify: (kind, title, message = '') => {
      const id = nextToastId++;
      // Keep the list short: the newest five.
      set({ toasts: [...get().toasts, { id, kind, title, message }].slice(-5) });
      return id;
    },
    showError: (title, error) => get().notify('error', title, describeError(error)),
    dismissToast: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
  };
};
