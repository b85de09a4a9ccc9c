// The pages as they will print, drawn by pdf.js onto canvases in the app (its worker is bundled by Vite,
// nothing is fetched), so the preview works the same in Electron and the browser host under the strict CSP.
import * as pdfjs from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../store/hooks.ts';

let workerStarted = false;
function startWorker(): void {
  if (workerStarted) return;
  workerStarted = true;
  pdfjs.GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });
}

/** Pages drawn up front; a thousand-page book shows its first pages and says how many there are. */
const MAX_PAGES = 24;

function decode(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function PdfPreview() {
  const state = useApp((s) => s.pdfPreview);
  const close = useApp((s) => s.closePreview);
  const exportPdf = useApp((s) => s.exportPdf);
  const host = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const base64 = state?.preview?.pdfBase64 ?? null;

  useEffect(() => {
    if (!base64 || !host.current) return;
    const el = host.current;
    el.replaceChildren();
    setDrawn(0);
    setError(null);
    let stop = false;
    startWorker();
    const task = pdfjs.getDocument({ data: decode(base64) });
    void (async () => {
      try {
        const doc = await task.promise;
        for (let i = 1; i <= Math.min(doc.numPages, MAX_PAGES) && !stop; i++) {
          const page = await doc.getPage(i);
          const viewport = page.getViewport({ scale: 1.25 });
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.className = 'preview-page';
          canvas.style.cssText = 'width: min(820px, 92%); height: auto; background: #fff; box-shadow: 0 2px 12px rgba(0,0,0,.35)';
          canvas.setAttribute('aria-label', `Page ${i}`);
          el.appendChild(canvas);
          await page.render({ canvas, viewport }).promise;
          setDrawn(i);
        }
      } catch (e) {
        if (!stop) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      stop = true;
      void task.destroy();
    };
  }, [base64]);

  if (!state) return null;
  const pages = state.preview?.pages ?? 0;
  return (
    <div
      className="preview-overlay"
      role="dialog"
      aria-modal="true"
      aria-label="PDF preview"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 50,
        display: 'flex',
        flexDirection: 'column',
        background: 'rgba(27,29,33,.72)',
      }}
    >
      <div
        className="preview-bar"
        style={{ display: 'flex', alignItems: 'center', gap: 16, padding: '10px 20px', background: '#fff' }}
      >
        <strong>Preview</strong>
        <span className="subtle">
          {state.status === 'running' && 'Laying out the pages…'}
          {state.status === 'done' &&
            `${pages} page${pages === 1 ? '' : 's'}${pages > MAX_PAGES ? `, first ${MAX_PAGES} shown` : ''}`}
          {state.status === 'failed' && `The preview could not be made: ${state.error}`}
          {error && ` The pages could not be drawn: ${error}`}
        </span>
        <span className="preview-actions" style={{ marginLeft: 'auto', display: 'flex', gap: 8 }}>
          {state.status === 'done' && (
            <button
              type="button"
              className="button primary"
              onClick={() => {
                close();
                void exportPdf();
              }}
            >
              Export PDF
            </button>
          )}
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </span>
      </div>
      <div
        className="preview-pages"
        ref={host}
        data-drawn={drawn}
        style={{
          flex: 1,
          overflow: 'auto',
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          gap: 16,
          padding: 24,
        }}
      />
    </div>
  );
}
