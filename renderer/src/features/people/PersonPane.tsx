import { useState } from 'react';
import type { PersonDetail } from '../../../../electron/shared/types.ts';
import { formatDate } from '../../components/format.ts';
import { useApp } from '../../store/hooks.ts';

const span = (from: string | null, to: string | null): string => {
  if (!from && !to) return 'undated';
  if (from === to || !to) return formatDate(from ?? to ?? '');
  if (!from) return formatDate(to);
  return `${formatDate(from)} – ${formatDate(to)}`;
};

function Details({ person }: { person: PersonDetail }) {
  const update = useApp((s) => s.updatePerson);
  const [name, setName] = useState(person.name);
  const [country, setCountry] = useState(person.country ?? '');
  const [role, setRole] = useState(person.role ?? '');
  const changed = name.trim() !== person.name || country.trim() !== (person.country ?? '') || role.trim() !== (person.role ?? '');
  return (
    <form
      className="person-details"
      aria-label="Name, country and role"
      onSubmit={(e) => {
        e.preventDefault();
        const patch: { name?: string; country?: string | null; role?: string | null } = {};
        if (name.trim() !== person.name) patch.name = name.trim();
        if (country.trim() !== (person.country ?? '')) patch.country = country.trim() || null;
        if (role.trim() !== (person.role ?? '')) patch.role = role.trim() || null;
        void update(person.id, patch);
      }}
    >
      <label>
        Name
        <input value={name} maxLength={200} required onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Country
        <input value={country} maxLength={100} onChange={(e) => setCountry(e.target.value)} />
      </label>
      <label>
        Current role
        <input value={role} maxLength={300} onChange={(e) => setRole(e.target.value)} />
      </label>
      <div className="button-row">
        <button type="submit" className="button primary small" disabled={!changed || !name.trim()}>
          Save
        </button>
        {changed && (
          <button
            type="button"
            className="button ghost small"
            onClick={() => {
              setName(person.name);
              setCountry(person.country ?? '');
              setRole(person.role ?? '');
            }}
          >
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function Forms({ person }: { person: PersonDetail }) {
  const addForm = useApp((s) => s.addPersonForm);
  const removeForm = useApp((s) => s.removePersonForm);
  const [form, setForm] = useState('');
  return (
    <section className="person-section" aria-label="Forms of the name">
      <h3>The name in every script</h3>
      <ul className="form-chips">
        {person.forms.map((f) => (
          <li key={f.form} className="form-chip">
            <span className="form-text">{f.form}</span>
            <span className="form-script">{f.script}</span>
            {person.forms.length > 1 && (
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove the form ${f.form}`}
                title="Not this person: the next record that writes it starts a new entry"
                onClick={() => void removeForm(person.id, f.form)}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (form.trim() && (await addForm(person.id, form.trim()))) setForm('');
        }}
      >
        <input
          aria-label="Another form of the name"
          placeholder="Add a spelling or script, e.g. 부이 타인 선"
          maxLength={200}
          value={form}
          onChange={(e) => setForm(e.target.value)}
        />
        <button type="submit" className="button small" disabled={!form.trim()}>
          Add form
        </button>
      </form>
    </section>
  );
}

function Roles({ person }: { person: PersonDetail }) {
  const openRecord = useApp((s) => s.openRecord);
  if (person.roles.length === 0) return null;
  return (
    <section className="person-section" aria-label="Roles over time">
      <h3>Roles over time</h3>
      <ol className="role-list">
        {person.roles.map((r) => (
          <li key={`${r.role}|${r.country ?? ''}`}>
            <div className="role-head">
              <span>
                <span className="role-name">{r.role}</span>
                {r.country && <span className="subtle">, {r.country}</span>}
              </span>
              <span className="role-when">{span(r.from, r.to)}</span>
              {r.byUser && <span className="tag">typed</span>}
              {!r.byUser && r.confirmed && <span className="tag">confirmed</span>}
            </div>
            {r.records.length > 0 && (
              <div className="role-records">
                from{' '}
                {r.records.map((rec, i) => (
                  <span key={rec.recordId}>
                    {i > 0 && '; '}
                    <button type="button" className="link-button" onClick={() => void openRecord(rec.recordId)}>
                      {rec.title}
                    </button>
                    {rec.date && <span className="subtle"> ({formatDate(rec.date)})</span>}
                  </span>
                ))}
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Records({ person }: { person: PersonDetail }) {
  const openRecord = useApp((s) => s.openRecord);
  return (
    <section className="person-section" aria-label="Records">
      <h3>
        Records <span className="subtle">({person.records.length})</span>
      </h3>
      <ul className="person-records">
        {person.records.map((r) => (
          <li key={r.recordId}>
            <button type="button" className="link-button" onClick={() => void openRecord(r.recordId)}>
              {r.title}
            </button>
            <span className="subtle">
              {' '}
              {r.date ? formatDate(r.date) : 'undated'} · as “{r.nameAsWritten}”{r.role ? `, ${r.role}` : ''}
              {r.how === 'named' ? ' · named in the text' : ''}
              {r.confirmed ? ' · confirmed' : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function MergePicker({ person }: { person: PersonDetail }) {
  const people = useApp((s) => s.people);
  const merge = useApp((s) => s.mergePeople);
  const [other, setOther] = useState('');
  const [open, setOpen] = useState(false);
  const others = people.filter((p) => p.id !== person.id);
  if (!open)
    return (
      <button type="button" className="button small" onClick={() => setOpen(true)} disabled={others.length === 0}>
        Merge with…
      </button>
    );
  const chosen = others.find((p) => p.id === other);
  return (
    <fieldset className="merge-picker" aria-label="Merge with another entry">
      <label>
        Same person as
        <select aria-label="Person to merge into this one" value={other} onChange={(e) => setOther(e.target.value)}>
          <option value="">Choose an entry…</option>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.otherForms.length ? ` (${p.otherForms.join(', ')})` : ''}
              {p.country ? ` — ${p.country}` : ''}
            </option>
          ))}
        </select>
      </label>
      {chosen && (
        <p className="subtle merge-note">
          {chosen.name}’s forms, roles and {chosen.recordCount} record{chosen.recordCount === 1 ? '' : 's'} move to {person.name}.
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button primary small"
          disabled={!chosen}
          onClick={async () => {
            if (chosen && (await merge(person.id, chosen.id))) {
              setOpen(false);
              setOther('');
            }
          }}
        >
          Merge
        </button>
        <button type="button" className="button ghost small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}

/** One person: edit their name, country and role, their forms, roles over time and records; merge two entries. */
export function PersonPane({ person }: { person: PersonDetail }) {
  return (
    <section className="person-pane card" aria-label={`Person: ${person.name}`}>
      <header className="person-head">
        <h2>{person.name}</h2>
        <p className="subtle">
          {person.confirmed ? 'Confirmed by a desk officer' : 'Read from the records; not confirmed yet'} · appears in{' '}
          {person.recordCount} record{person.recordCount === 1 ? '' : 's'}
        </p>
        <MergePicker person={person} />
      </header>
      <Details key={person.updatedAt} person={person} />
      <Forms person={person} />
      <Roles person={person} />
      <Records person={person} />
    </section>
  );
}
