import { useRef } from 'react';
import { useAppStore } from '../../store/hooks.ts';

/** Reads a chosen file as base64 (the browser host cannot see the user's file system). */
function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** "Open book file…": a .briefbook a colleague shared. */
export function OpenBookFile() {
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button nav-new" onClick={() => input.current?.click()}>
        Open book file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".briefbook,application/json"
        className="visually-hidden"
        aria-label="Open a shared book file (.briefbook)"
        tabIndex={-1}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          try {
            await store.getState().openBookFile(file.name, await toBase64(file));
          } catch (err) {
            store.getState().showError('Could not open the book file', err instanceof Error ? err.message : String(err));
          }
        }}
      />
    </>
  );
}
