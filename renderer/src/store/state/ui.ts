// The shape of the store's ui slice (types only: the slice's behaviour is in ../ui.ts).
import type { ApiError } from '../../api/client.ts';

export type View =
  | { name: 'library' }
  | { name: 'reader'; recordId: string; paragraphId: string | null }
  | { name: 'book' }
  | { name: 'search' }
  | { name: 'topics' }
  | { name: 'ledger' }
  | { name: 'people' };

export type Toast = {
  id: number;
  kind: 'error' | 'info' | 'success';
  /** What the user was trying to do, e.g. "Could not add the paragraph". */
  title: string;
  message: string;
};

export type UiSlice = {
  view: View;
  toasts: Toast[];
  setView: (view: View) => void;
  notify: (kind: Toast['kind'], title: string, message?: string) => number;
  showError: (title: string, error: ApiError | string) => number;
  dismissToast: (id: number) => void;
};
