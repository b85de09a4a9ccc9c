import { useEffect, useRef } from 'react';
import { Sidebar } from './components/Sidebar.tsx';
import { Toasts } from './components/Toasts.tsx';
import { ExportDownloads } from './features/export/ExportPanel.tsx';
import { BookView } from './features/book/BookView.tsx';
import { LibraryView } from './features/library/LibraryView.tsx';
import { ReaderView } from './features/reader/ReaderView.tsx';
import { useApp, useAppStore } from './store/hooks.ts';

export function App() {
  const store = useAppStore();
  const viewName = useApp((s) => s.view.name);
  const viewKey = useApp((s) => (s.view.name === 'reader' ? `reader:${s.view.recordId}` : s.view.name));
  const mainRef = useRef<HTMLElement>(null);

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
        {viewName === 'reader' && <ReaderView />}
        {viewName === 'book' && <BookView />}
      </main>
      <Toasts />
      <ExportDownloads />
    </div>
  );
}
