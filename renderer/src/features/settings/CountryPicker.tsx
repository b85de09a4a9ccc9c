import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { fold as foldText } from '../../../../electron/shared/fold.ts';

const fold = (s: string) => foldText(s).trim();

/** Countries whose name starts with the words typed first, then those containing them. */
function filter(countries: string[], query: string): string[] {
  const q = fold(query);
  if (!q) return countries;
  const starts = countries.filter(
    (c) =>
      fold(c)
        .split(/\s+/)
        .some((w) => w.startsWith(q)) || fold(c).startsWith(q),
  );
  const contains = countries.filter((c) => !starts.includes(c) && fold(c).includes(q));
  return [...starts, ...contains];
}

type Props = {
  countries: string[];
  value: string;
  onChange: (value: string) => void;
  error: string | null;
};

/**
 * A searchable list of the countries Briefbook knows, and a free choice: whatever is typed is
 * sent as it is ("UK", "ROK", "American" are understood), and an unknown name is refused by name.
 */
export function CountryPicker({ countries, value, onChange, error }: Props) {
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const [active, setActive] = useState(0);
  const exact = countries.find((c) => fold(c) === fold(value));
  const shown = useMemo(() => (exact ? countries : filter(countries, value)), [countries, value, exact]);
  const listRef = useRef<HTMLDivElement>(null);

  // The chosen country stays in sight in the full list (the current one when Settings opens).
  useEffect(() => {
    if (!exact) return;
    // After the dialog around it is shown (its effect runs after this one), when the list has a size.
    const frame = requestAnimationFrame(() => {
      const list = listRef.current;
      const option = list?.querySelector<HTMLElement>('[aria-selected="true"]');
      if (list && option) list.scrollTop = option.offsetTop - list.clientHeight / 2 + option.clientHeight / 2;
    });
    return () => cancelAnimationFrame(frame);
  }, [exact]);

  const choose = (c: string) => {
    onChange(c);
    setActive(Math.max(0, countries.indexOf(c)));
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const i = Math.min(shown.length - 1, Math.max(0, active + (e.key === 'ArrowDown' ? 1 : -1)));
      setActive(i);
      const c = shown[i];
      if (c) onChange(c);
    }
  };

  return (
    <div className="country-picker">
      <label htmlFor={inputId}>Country</label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={hintId}
        aria-invalid={error ? true : undefined}
        data-autofocus
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        placeholder="Type to search, e.g. Japan"
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <div ref={listRef} id={listId} className="country-list" role="listbox" aria-label="Countries">
        {shown.map((c) => (
          <div
            key={c}
            role="option"
            tabIndex={-1}
            aria-selected={exact === c}
            className={`country-option ${exact === c ? 'selected' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(c)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') choose(c);
            }}
          >
            {c}
          </div>
        ))}
        {shown.length === 0 && <p className="country-none">Not in the list: Briefbook will try “{value.trim()}” as it is.</p>}
      </div>
      <p id={hintId} className="subtle country-hint">
        Other names work too: “UK”, “ROK”, “US”, “Vietnamese”.
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
