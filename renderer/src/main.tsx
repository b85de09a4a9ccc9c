import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { getClient } from './api/client.ts';
import { AppStoreContext } from './store/hooks.ts';
import { createAppStore, memoryPrefs, type Prefs } from './store/index.ts';

function browserPrefs(): Prefs {
  try {
    const probe = 'briefbook.probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return {
      get: (key) => localStorage.getItem(`briefbook.${key}`),
      set: (key, value) => {
        if (value === null) localStorage.removeItem(`briefbook.${key}`);
        else localStorage.setItem(`briefbook.${key}`, value);
      },
    };
  } catch {
    return memoryPrefs();
  }
}

const store = createAppStore(getClient(), browserPrefs());
const rootElement = document.getElementById('root');
if (rootElement) {
  createRoot(rootElement).render(
    <StrictMode>
      <AppStoreContext.Provider value={store}>
        <App />
      </AppStoreContext.Provider>
    </StrictMode>,
  );
}
