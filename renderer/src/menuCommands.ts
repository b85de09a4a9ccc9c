// The desktop app's menu (and files the system hands to Briefbook) drive the same store actions as the
// buttons. Only the Electron shell sends menu commands; in the browser this hook does nothing.
import { useEffect } from 'react';
import type { MenuCommandEvent } from '../../electron/shared/contract.ts';
import { type ApiClient, getClient, isElectron } from './api/client.ts';
import type { AppStore } from './store/index.ts';

const BOOK_FILE = /\.briefbook$/i;

type Optional = {
  importPaths?: (paths: string[]) => Promise<void>;
  undo?: () => Promise<void>;
  redo?: () => Promise<void>;
  receiveBook?: (book: never) => unknown;
  flush?: () => Promise<void>;
};

function isEditable(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly;
  if (el instanceof HTMLInputElement) return !el.readOnly && !['checkbox', 'radio', 'button', 'submit'].includes(el.type);
  return (el as HTMLElement).isContentEditable === true;
}

async function openPaths(store: AppStore, client: ApiClient, paths: string[]): Promise<void> {
  const s = () => store.getState() as ReturnType<AppStore['getState']> & Optional;
  const books = paths.filter((p) => BOOK_FILE.test(p));
  const records = paths.filter((p) => !BOOK_FILE.test(p));
  for (const path of books) {
    await s().flush?.();
    const res = await client.call('books.openFile', { path });
    if (!res.ok) {
      s().showError('Could not open the book file', res.error);
      continue;
    }
    s().receiveBook?.(res.value.book as never);
    s().setView({ name: 'book' });
    void s().loadBooks();
    void s().loadRecords();
    s().notify('success', `Opened “${res.value.book.title}”`);
  }
  if (records.length === 0) return;
  const importPaths = s().importPaths;
  if (importPaths) {
    await importPaths(records);
    return;
  }
  const res = await client.call('library.import', { paths: records });
  if (!res.ok) {
    s().showError('Could not import', res.error);
    return;
  }
  await s().loadRecords();
  const failed = res.value.filter((o) => !o.ok).length;
  s().notify(failed ? 'error' : 'success', `Imported ${res.value.length - failed} of ${res.value.length} files`);
}

export async function runMenuCommand(store: AppStore, client: ApiClient, event: MenuCommandEvent): Promise<void> {
  const s = () => store.getState() as ReturnType<AppStore['getState']> & Optional;
  switch (event.command) {
    case 'book.new': {
      const book = await s().createBook('Untitled briefing book');
      if (book) s().setView({ name: 'book' });
      return;
    }
    case 'book.open': {
      if (event.bookId) return s().openBook(event.bookId);
      const chosen = await client.call('app.chooseFiles', { purpose: 'book' });
      if (chosen.ok) return openPaths(store, client, chosen.value.paths);
      s().showError('Could not open a book', chosen.error);
      return;
    }
    case 'library.import': {
      const chosen = await client.call('app.chooseFiles', {
        purpose: 'import',
      });
      if (chosen.ok) return openPaths(store, client, chosen.value.paths);
      s().showError('Could not import', chosen.error);
      return;
    }
    case 'files.open':
      return openPaths(store, client, event.paths ?? []);
    case 'pdf.export':
      await s().exportPdf();
      return;
    case 'pdf.print': {
      const book = s().book;
      if (!book) {
        s().showError('Could not print', 'Open or create a briefing book first.');
        return;
      }
      await s().flush?.();
      const res = await client.call('app.printBook', { bookId: book.id });
      if (!res.ok) s().showError('Could not print', res.error);
      return;
    }
    case 'edit.undo':
    case 'edit.redo': {
      // In a text field the keys undo typing, as everywhere else; elsewhere they undo the last book change.
      const undo = event.command === 'edit.undo';
      if (isEditable(document.activeElement)) {
        document.execCommand(undo ? 'undo' : 'redo');
        return;
      }
      const action = undo ? s().undo : s().redo;
      if (action) await action();
      return;
    }
    case 'edit.find': {
      if (s().view.name !== 'library') s().setView({ name: 'library' });
      requestAnimationFrame(() => {
        const box = document.querySelector<HTMLInputElement>('input[type="search"], .search-input');
        box?.focus();
        box?.select();
      });
      return;
    }
  }
}

/** Listens for menu commands, and takes the files Briefbook was started with (double-click, argv). */
export function useMenuCommands(store: AppStore): void {
  useEffect(() => {
    if (!isElectron()) return;
    const client = getClient();
    const off = client.on('app.menuCommand', (event) => void runMenuCommand(store, client, event));
    void client.call('app.takeOpenFiles', {}).then((res) => {
      if (res.ok && res.value.paths.length) void openPaths(store, client, res.value.paths);
    });
    return off;
  }, [store]);
}
