import { useEffect } from 'react';
import type { PersonSummary } from '../../../../electron/shared/types.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useApp } from '../../store/hooks.ts';
import { PersonPane } from './PersonPane.tsx';
import './people.css';

function PersonRow({ p, active }: { p: PersonSummary; active: boolean }) {
  const openPerson = useApp((s) => s.openPerson);
  return (
    <li>
      <button
        type="button"
        className={`person-row ${active ? 'active' : ''}`}
        aria-current={active ? 'true' : undefined}
        onClick={() => void openPerson(p.id)}
      >
        <span className="person-row-main">
          <span className="person-name">
            {p.name}
            {p.confirmed && (
              <span className="confirmed-mark" title="Confirmed by a desk officer">
                {' '}
                ✓<span className="visually-hidden"> confirmed</span>
              </span>
            )}
          </span>
          {p.otherForms.length > 0 && (
            <span className="person-forms" lang="und">
              {p.otherForms.join(' · ')}
            </span>
          )}
          <span className="person-about subtle">
            {[p.role, p.country].filter(Boolean).join(' — ') || 'No role or country yet'}
          </span>
        </span>
        <span className="nav-count" title={`Appears in ${p.recordCount} record${p.recordCount === 1 ? '' : 's'}`}>
          {p.recordCount}
          <span className="visually-hidden"> records</span>
        </span>
      </button>
    </li>
  );
}

/** Everyone Briefbook has met, with their name in every script, their roles over time and their records. */
export function PeopleView() {
  const people = useApp((s) => s.people);
  const status = useApp((s) => s.peopleStatus);
  const query = useApp((s) => s.peopleQuery);
  const person = useApp((s) => s.person);
  const loadPeople = useApp((s) => s.loadPeople);
  const openPerson = useApp((s) => s.openPerson);

  useEffect(() => {
    void loadPeople();
  }, [loadPeople]);

  // Open the first person when nobody is open yet (or the open one was merged away).
  const first = people[0]?.id;
  const openId = person?.id;
  useEffect(() => {
    if (first && !openId) void openPerson(first);
  }, [first, openId, openPerson]);

  return (
    <div className="view people-view">
      <header className="view-header">
        <div>
          <h1>People</h1>
          <p className="muted">
            Everyone the records name, one entry however each record spells or scripts the name. What you confirm here is used
            when the next record is read.
          </p>
        </div>
      </header>
      <div className="people-layout">
        <section className="people-list card" aria-label="People">
          <input
            type="search"
            className="people-search"
            aria-label="Find a person"
            placeholder="Any spelling or script, a country, a role"
            title="Find a person by any spelling or script of the name, a country or a role"
            value={query}
            onChange={(e) => void loadPeople(e.target.value)}
          />
          {status === 'ready' && people.length === 0 ? (
            <p className="muted people-empty">
              {query.trim() ? `Nobody matches “${query.trim()}”.` : 'Nobody yet: people appear as records are imported.'}
            </p>
          ) : (
            <ul aria-label="People in the directory">
              {people.map((p) => (
                <PersonRow key={p.id} p={p} active={p.id === person?.id} />
              ))}
            </ul>
          )}
        </section>
        {person ? (
          <PersonPane key={person.id} person={person} />
        ) : (
          <EmptyState title="Choose a person">
            <p>Pick someone on the left to see their name in every script, their roles over time and their records.</p>
          </EmptyState>
        )}
      </div>
    </div>
  );
}
