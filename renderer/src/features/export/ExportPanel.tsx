import { useEffect, useRef, useState } from 'react';
import type { ExportResult } from '../../../../electron/shared/types.ts';
import { authorizedUrl } from '../../api/client.ts';
import { plural } from '../../components/format.ts';
import { useApp } from '../../store/hooks.ts';
import { ExportOptions } from './ExportOptions.tsx';

const STAGES = { layout: 'Laying out pages', write: 'Writing the PDF', done: 'Finishing' } as const;

function triggerDownload(url: string, fileName: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Starts the browser download once per finished job. Mounted once for the whole app, so the
 * download happens even if the user left the book while the PDF was being made.
 */
export function ExportDownloads() {
  const job = useApp((s) => s.exportJob);
  const downloaded = useRef<string | null>(null);
  useEffect(() => {
    const result = job?.result;
    if (job?.status !== 'done' || !result?.saved || !result.downloadUrl || downloaded.current === job.jobId) return;
    downloaded.current = job.jobId;
    triggerDownload(authorizedUrl(result.downloadUrl), result.fileName);
  }, [job]);
  return null;
}

/** "PDF options", "Preview" and "Export PDF" (for the book header). */
export function ExportButton() {
  const bookId = useApp((s) => s.book?.id ?? null);
  const running = useApp((s) => s.exportJob?.status === 'running' && s.exportJob?.bookId === s.book?.id);
  const exportPdf = useApp((s) => s.exportPdf);
  const previewPdf = useApp((s) => s.previewPdf);
  const [showOptions, setShowOptions] = useState(false);
  return (
    <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', position: 'relative' }}>
      <button type="button" className="button" aria-expanded={showOptions} onClick={() => setShowOptions((v) => !v)}>
        PDF options
      </button>
      <button type="button" className="button" disabled={!bookId} onClick={() => void previewPdf()}>
        Preview
      </button>
      <button type="button" className="button primary" disabled={running || !bookId} onClick={() => void exportPdf()}>
        {running ? 'Exporting…' : 'Export PDF'}
      </button>
      {showOptions && (
        <div
          style={{
            position: 'absolute',
            top: '100%',
            right: 0,
            marginTop: 6,
            zIndex: 20,
            background: 'var(--surface, #fff)',
            border: '1px solid #c5cad1',
            borderRadius: 8,
            padding: 12,
            boxShadow: '0 8px 24px rgba(0,0,0,.12)',
            minWidth: 300,
          }}
        >
          <ExportOptions />
        </div>
      )}
    </span>
  );
}

/** Progress and result of the current book's export; triggers the browser download. */
export function ExportStatus() {
  const bookId = useApp((s) => s.book?.id ?? null);
  const job = useApp((s) => s.exportJob);
  const cancelExport = useApp((s) => s.cancelExport);
  const clearExport = useApp((s) => s.clearExport);
  const forThisBook = job && job.bookId === bookId ? job : null;
  const running = forThisBook?.status === 'running';

  const progress = forThisBook?.progress;
  return (
    <div className="export-status" role="status" aria-label="PDF export">
      {forThisBook && (
        <>
          {running && (
            <div className="export-progress">
              <progress
                max={progress && progress.total > 0 ? progress.total : undefined}
                value={progress && progress.total > 0 ? progress.done : undefined}
                aria-label="Export progress"
              />
              <span className="subtle">
                {progress
                  ? `${STAGES[progress.stage]}${progress.total > 0 ? ` (${progress.done} of ${progress.total})` : ''}…`
                  : 'Starting…'}
              </span>
              <button type="button" className="link-button" onClick={() => void cancelExport()}>
                Cancel
              </button>
            </div>
          )}
          {forThisBook.status === 'done' && forThisBook.result && (
            <ExportResultView result={forThisBook.result} onDismiss={clearExport} />
          )}
          {forThisBook.status === 'cancelled' && (
            <p className="export-note">
              Export cancelled.{' '}
              <button type="button" className="link-button" onClick={clearExport}>
                OK
              </button>
            </p>
          )}
          {forThisBook.status === 'failed' && (
            <p className="banner banner-error">
              The PDF could not be made: {forThisBook.error}{' '}
              <button type="button" className="link-button" onClick={clearExport}>
                Dismiss
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}

function ExportResultView({ result, onDismiss }: { result: ExportResult; onDismiss: () => void }) {
  if (!result.saved) {
    return (
      <p className="export-note">
        The PDF was not saved.{' '}
        <button type="button" className="link-button" onClick={onDismiss}>
          OK
        </button>
      </p>
    );
  }
  return (
    <div className="export-result">
      <strong>PDF ready</strong>
      <span>
        {result.fileName} · {plural(result.pages, 'page')} · {formatBytes(result.bytes)}
      </span>
      <span className="subtle">
        {result.downloadUrl ? (
          <>
            Sent to your browser’s downloads.{' '}
            <a href={authorizedUrl(result.downloadUrl)} download={result.fileName}>
              Download again
            </a>
          </>
        ) : (
          <>Saved to {result.path ?? result.fileName}</>
        )}{' '}
        ·{' '}
        <button type="button" className="link-button" onClick={onDismiss}>
          Dismiss
        </button>
      </span>
    </div>
  );
}
