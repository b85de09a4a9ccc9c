// The running or finished import: a progress bar, a line per file in words, and Cancel.
import { CheckBadge } from '../../components/CheckBadge.tsx';
import type { ImportJobState, ImportRow } from '../../store/importJob.ts';

const STATUS_WORDS: Record<ImportRow['status'], string> = {
  waiting: 'Waiting',
  imported: 'Imported',
  duplicate: 'Already in library',
  failed: 'Not imported',
  cancelled: 'Cancelled',
};

export function ImportProgress({
  job,
  onCancel,
  onOpenRecord,
}: {
  job: ImportJobState;
  onCancel: () => void;
  onOpenRecord: (id: string) => void;
}) {
  const running = job.status === 'running' || job.status === 'cancelling';
  const count = (s: ImportRow['status']) => job.rows.filter((r) => r.status === s).length;
  const current = job.rows.find((r) => r.status === 'waiting');
  const summary = [
    count('imported') && `${count('imported')} imported`,
    count('duplicate') && `${count('duplicate')} already in the library`,
    count('failed') && `${count('failed')} could not be imported`,
    count('cancelled') && `${count('cancelled')} cancelled`,
  ].filter(Boolean);
  return (
    <section className="import-job" aria-label="Import progress">
      <div className="import-job-head">
        <div className="import-job-status" role="status" aria-live="polite">
          {running
            ? job.status === 'cancelling'
              ? 'Cancelling after the current file…'
              : `Importing ${Math.min(job.done + 1, Math.max(job.total, 1))} of ${job.total || '…'}${current ? `: ${current.file}` : ''}`
            : `${job.status === 'cancelled' ? 'Import cancelled' : 'Import finished'}: ${summary.join(', ') || 'nothing to import'}.`}
        </div>
        {running && (
          <button type="button" className="button small" onClick={onCancel} disabled={job.status === 'cancelling'}>
            Cancel import
          </button>
        )}
      </div>
      <progress className="import-progress" max={Math.max(job.total, 1)} value={job.done} aria-label="Files imported" />
      <ul className="import-results" aria-label="Import results">
        {job.rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows never reorder, and two files may share a name.
          <li key={`${i}-${row.file}`} className={`import-result import-${row.status}`} data-status={row.status}>
            <span className="import-result-status">{STATUS_WORDS[row.status]}</span>
            <span className="import-result-file">{row.file}</span>
            {row.recordId && row.title && (
              <button
                type="button"
                className="link-button import-result-title"
                onClick={() => onOpenRecord(row.recordId as string)}
              >
                {row.title}
              </button>
            )}
            {row.status === 'imported' && row.check && <CheckBadge fields={row.check} />}
            {row.message && row.status !== 'cancelled' && <span className="import-result-reason">{row.message}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
