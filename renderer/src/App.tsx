import { useEffect } from 'react';
import { Sidebar } from './components/Sidebar.tsx';
import { Toasts } from './components/Toasts.tsx';
import { BookView } from './features/book/BookView.tsx';
import { LibraryView } from './features/library/LibraryView.tsx';
import { ReaderView } from './features/reader/ReaderView.tsx';
import { useApp, useAppStore } from './store/hooks.ts';

export function App() {
  const store = useAppStore();
  const viewName = useApp((s) => s.view.name);

  useEffect(() => {
    void store.init();
  }, [store]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar />
      <main id="main" className="main" tabIndex={-1}>
        {viewName === 'library' && <LibraryView />}
        {viewName === 'reader' && <ReaderView />}
        {viewName === 'book' && <BookView />}
      </main>
      <Toasts />
    </div>
  );
}
