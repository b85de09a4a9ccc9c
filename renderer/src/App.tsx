import { useEffect, useRef } from 'react';
import { Sidebar } from './components/Sidebar.tsx';
import { Toasts } from './components/Toasts.tsx';
import { useFlushOnLeave } from './features/book/BookActions.tsx';
import { BookView } from './features/book/BookView.tsx';
import { BookDndProvider, BookDropPanel } from './features/book/dnd.tsx';
import { ExportDownloads } from './features/export/ExportPanel.tsx';
import { PdfPreview } from './features/export/PdfPreview.tsx';
import { LedgerView } from './features/ledger/LedgerView.tsx';
import { ImportDropTarget } from './features/library/ImportDropTarget.tsx';
import { LibraryView } from './features/library/LibraryView.tsx';
import { PeopleView } from './features/people/PeopleView.tsx';
import { ReaderView } from './features/reader/ReaderView.tsx';
import { SearchView } from './features/search/SearchView.tsx';
import { FirstRunDialog, SettingsDialog } from './features/settings/SettingsDialogs.tsx';
import { TopicsView } from './features/topics/TopicsView.tsx';
import { useMenuCommands } from './menuCommands.ts';
import { useApp, useAppStore } from './store/hooks.ts';

export function App() {
  const store = useAppStore();
  const viewName = useApp((s) => s.view.name);
  const viewKey = useApp((s) => (s.view.name === 'reader' ? `reader:${s.view.recordId}` : s.view.name));
  const mainRef = useRef<HTMLElement>(null);
  useMenuCommands(store);
  useFlushOnLeave();

  useEffect(() => {
    void store.init();
  }, [store]);

  // A new view starts at the top (the Reader then scrolls to its paragraph, if it has one).
  // biome-ignore lint/correctness/useExhaustiveDependencies: viewKey is the trigger, read through the store.
  useEffect(() => {
    const view = store.getState().view;
    if (view.name === 'reader' && view.paragraphId) return;
    mainRef.current?.scrollTo({ top: 0 });
  }, [viewKey, store]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar />
      <main id="main" className="main" tabIndex={-1} ref={mainRef}>
        {viewName === 'library' && <LibraryView />}
        {viewName === 'search' && <SearchView />}
        {viewName === 'topics' && <TopicsView />}
        {viewName === 'ledger' && <LedgerView />}
        {viewName === 'people' && <PeopleView />}
        <BookDndProvider>
          {viewName === 'reader' && (
            <div className="with-book">
              <ReaderView />
              <BookDropPanel />
            </div>
          )}
          {viewName === 'book' && <BookView />}
        </BookDndProvider>
      </main>
      <Toasts />
      <ExportDownloads />
      <PdfPreview />
      <ImportDropTarget />
      <SettingsDialog />
      <FirstRunDialog />
    </div>
  );
}
