import { useEffect, useId, useRef } from 'react';
import { useApp } from '../../store/hooks.ts';

const DEBOUNCE_MS = 250;

export function SearchBox() {
  const query = useApp((s) => s.query);
  const status = useApp((s) => s.searchStatus);
  const setQuery = useApp((s) => s.setQuery);
  const search = useApp((s) => s.search);
  const clearSearch = useApp((s) => s.clearSearch);
  const id = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const schedule = (q: string) => {
    if (timer.current) clearTimeout(timer.current);
    if (!q.trim()) return;
    timer.current = setTimeout(() => void search(q), DEBOUNCE_MS);
  };

  return (
    <search>
      <form
        className="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (timer.current) clearTimeout(timer.current);
          void search();
        }}
      >
        <label htmlFor={id} className="visually-hidden">
          Search the records
        </label>
        <input
          id={id}
          type="search"
          className="search-input"
          placeholder="Search the records, e.g. flights, East Sea, social security"
          value={query}
          autoComplete="off"
          onChange={(e) => {
            setQuery(e.target.value);
            schedule(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              clearSearch();
            }
          }}
        />
        {status === 'searching' && (
          <span className="search-status" aria-live="polite">
            Searching…
          </span>
        )}
      </form>
    </search>
  );
}
