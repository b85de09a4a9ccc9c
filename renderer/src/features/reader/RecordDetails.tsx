// The record's details in the Reader (publisher, dates, place, language, participants) and the
// desk officer's corrections of them: a corrected field carries a "Corrected" badge, the value
// Briefbook read is one click away, and a correction can be reverted.
import { useState } from 'react';
import type { CorrectableField, Participant, RecordCorrection, RecordDetail } from '../../../../electron/shared/types.ts';
import { FIELD_LABEL as LABEL } from '../../components/CheckBadge.tsx';
import { formatDate } from '../../components/format.ts';
import { useApp } from '../../store/hooks.ts';
import { CheckMark, explain, Why } from './Evidence.tsx';
import { recordDetailsCss } from './recordDetailsStyle.ts';

const LANGUAGES: Record<string, string> = {
  en: 'English',
  ko: 'Korean',
  vi: 'Vietnamese',
  id: 'Indonesian',
  ja: 'Japanese',
  zh: 'Chinese',
  fr: 'French',
};

/** "Name; Role; Country" per line, the way a desk officer types a delegation list. */
const participantsToText = (list: Participant[]): string =>
  list.map((p) => [p.name ?? '', p.role ?? '', p.country ?? ''].join('; ').replace(/(; )+$/, '')).join('\n');

function textToParticipants(text: string, before: Participant[]): Participant[] {
  return text
    .split('\n')
    .map((line) => line.split(';').map((s) => s.trim()))
    .filter((parts) => parts.some((s) => s !== ''))
    .map(([name = '', role = '', country = '']) => {
      const same = before.find((p) => (p.name ?? '') === name);
      return { name: name || null, role: role || null, country: country || null, aliases: same?.aliases ?? [] };
    });
}

function originalText(c: RecordCorrection): string {
  if (c.field !== 'participants')
    return (c.field === 'publishedAt' || c.field === 'meetingDate' ? formatDate(c.original) : c.original) || 'nothing';
  const list = JSON.parse(c.original ?? '[]') as Participant[];
  return list.length === 0 ? 'nobody' : list.map((p) => p.name ?? p.role ?? 'unnamed').join(', ');
}

/** The badge and, on expand, what Briefbook read and a Revert button. */
function Corrected({ correction }: { correction: RecordCorrection | undefined }) {
  const revert = useApp((s) => s.revertCorrection);
  if (!correction) return null;
  const original = originalText(correction);
  return (
    <details className="correction-original">
      <summary title={`Briefbook read: ${original}`}>
        <span className="badge-corrected">Corrected</span>
      </summary>{' '}
      Briefbook read: <q>{original}</q>
      <button type="button" className="button small" onClick={() => void revert(correction.field)}>
        Revert
      </button>
    </details>
  );
}

function Field({
  field,
  record,
  children,
  wide,
}: {
  field: CorrectableField;
  record: RecordDetail;
  children: React.ReactNode;
  wide?: boolean;
}) {
  const correction = record.corrections?.find((c) => c.field === field);
  const evidence = field === 'participants' ? undefined : record.evidence?.[field];
  return (
    <div className={wide ? 'meta-wide' : undefined}>
      <dt>{LABEL[field]}</dt>
      <dd>
        {children}
        <CheckMark field={field} record={record} />
        <Corrected correction={correction} />
        {!correction && <Why evidence={evidence} isDate={field === 'publishedAt' || field === 'meetingDate'} />}
      </dd>
    </div>
  );
}

const notStated = <span className="subtle">Not stated</span>;

type Draft = Record<Exclude<CorrectableField, 'participants'>, string> & { participants: string };

const draftOf = (r: RecordDetail): Draft => ({
  title: r.title,
  publisher: r.publisher ?? '',
  publishedAt: r.publishedAt ?? '',
  meetingDate: r.meetingDate ?? '',
  place: r.place ?? '',
  language: r.language,
  participants: participantsToText(r.participants),
});

function EditForm({ record, onDone }: { record: RecordDetail; onDone: () => void }) {
  const correct = useApp((s) => s.correctRecord);
  const [draft, setDraft] = useState<Draft>(() => draftOf(record));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const initial = draftOf(record);
  const set = (field: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    for (const field of Object.keys(draft) as (keyof Draft)[]) {
      if (draft[field] === initial[field]) continue;
      const value =
        field === 'participants' ? textToParticipants(draft.participants, record.participants) : draft[field].trim() || null;
      const problem = await correct(field, value);
      if (problem) {
        setError(`${LABEL[field]}: ${problem}`);
        setSaving(false);
        return;
      }
    }
    setSaving(false);
    onDone();
  };

  return (
    <form className="details-form" onSubmit={save} aria-label="Edit record details">
      <label className="wide">
        Title
        <input value={draft.title} onChange={set('title')} required maxLength={500} />
      </label>
      <label>
        Publisher
        <input value={draft.publisher} onChange={set('publisher')} maxLength={300} />
      </label>
      <label>
        Place
        <input value={draft.place} onChange={set('place')} maxLength={300} />
      </label>
      <label>
        Published
        <input type="date" value={draft.publishedAt} onChange={set('publishedAt')} />
      </label>
      <label>
        Meeting date
        <input type="date" value={draft.meetingDate} onChange={set('meetingDate')} />
      </label>
      <label>
        Language
        <select value={draft.language} onChange={set('language')}>
          {Object.entries({ ...LANGUAGES, [record.language]: LANGUAGES[record.language] ?? record.language }).map(
            ([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ),
          )}
        </select>
      </label>
      <label className="wide">
        Participants <span className="hint">one per line: name; role; country</span>
        <textarea value={draft.participants} onChange={set('participants')} />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone} disabled={saving}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save corrections'}
        </button>
      </div>
    </form>
  );
}

export function RecordDetails({ record }: { record: RecordDetail }) {
  const [editing, setEditing] = useState(false);
  const corrected = (field: CorrectableField) => record.corrections?.find((c) => c.field === field);
  const note = (field: 'publishedAt' | 'meetingDate') => record.dateNotes.find((n) => n.field === field);
  const published = note('publishedAt');
  const meeting = note('meetingDate');
  return (
    <section aria-label="Record details">
      <style href="briefbook-record-details" precedence="default">
        {recordDetailsCss}
      </style>
      <div className="details-head">
        <h2>Details</h2>
        {!editing && (
          <button type="button" className="button small" onClick={() => setEditing(true)}>
            Edit details
          </button>
        )}
      </div>
      {editing && <EditForm record={record} onDone={() => setEditing(false)} />}
      <dl className="meta">
        {(corrected('title') || record.check?.includes('title')) && (
          <Field field="title" record={record} wide>
            {record.title}
          </Field>
        )}
        <Field field="publisher" record={record}>
          {record.publisher ?? notStated}
        </Field>
        <Field field="publishedAt" record={record}>
          {formatDate(record.publishedAt) || notStated}
          {!record.evidence?.publishedAt && published && !corrected('publishedAt') && (
            <div className="date-note">{explain(published.from)}</div>
          )}
        </Field>
        <Field field="meetingDate" record={record}>
          {formatDate(record.meetingDate) || notStated}
          {!record.evidence?.meetingDate && meeting && !corrected('meetingDate') && (
            <div className="date-note">{explain(meeting.from)}</div>
          )}
        </Field>
        <Field field="place" record={record}>
          {record.place ?? notStated}
        </Field>
        <Field field="language" record={record}>
          {LANGUAGES[record.language] ?? record.language}
        </Field>
        <Field field="participants" record={record} wide>
          {record.participants.length === 0 ? (
            <span className="subtle">None identified</span>
          ) : (
            <ul className="participants">
              {record.participants.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: participants have no id; the list never reorders.
                <li key={`${p.name ?? ''}-${p.role ?? ''}-${i}`} title={p.why}>
                  <span className="participant-name">{p.name ?? p.role ?? 'Unnamed'}</span>
                  {p.name && p.role && <span>, {p.role}</span>}
                  {p.country ? (
                    <span className="subtle"> · {p.country}</span>
                  ) : (
                    <span className="subtle"> · country not stated</span>
                  )}
                  {p.aliases.length > 0 && <span className="subtle"> (also “{p.aliases.join('”, “')}”)</span>}
                  {p.check && !corrected('participants') && <span className="subtle"> — check</span>}
                </li>
              ))}
            </ul>
          )}
        </Field>
      </dl>
    </section>
  );
}
