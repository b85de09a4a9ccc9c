import type { FacetValue, SearchFilters } from '../../../../electron/shared/types.ts';
import { useApp } from '../../store/hooks.ts';

function Facet({ title, name, values }: { title: string; name: keyof SearchFilters; values: FacetValue[] }) {
  const active = useApp((s) => s.searchFilters[name]);
  const setFilter = useApp((s) => s.setSearchFilter);
  if (values.length === 0 && !active) return null;
  return (
    <section className="facet" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {values.slice(0, 8).map((v) => (
          <li key={v.value}>
            <button
              type="button"
              className={`facet-option ${active === v.value ? 'active' : ''}`}
              aria-pressed={active === v.value}
              onClick={() => void setFilter(name, active === v.value ? undefined : v.value)}
            >
              <span>{v.label}</span>
              <span className="count">{v.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Narrow the results: topic, counterpart country, participant, publisher and dates. */
export function Facets() {
  const result = useApp((s) => s.searchResult);
  const filters = useApp((s) => s.searchFilters);
  const setFilter = useApp((s) => s.setSearchFilter);
  const f = result?.facets;
  return (
    <aside className="facets" aria-label="Filters">
      <Facet title="Topic" name="topic" values={f?.topic ?? []} />
      <Facet title="Country" name="country" values={f?.country ?? []} />
      <Facet title="Participant" name="participant" values={f?.participant ?? []} />
      <Facet title="Publisher" name="publisher" values={f?.publisher ?? []} />
      <section className="facet facet-dates" aria-label="Dates">
        <h3>Meeting dates</h3>
        <label>
          From{' '}
          <input type="date" value={filters.from ?? ''} onChange={(e) => void setFilter('from', e.target.value || undefined)} />
        </label>
        <label>
          To <input type="date" value={filters.to ?? ''} onChange={(e) => void setFilter('to', e.target.value || undefined)} />
        </label>
      </section>
    </aside>
  );
}
