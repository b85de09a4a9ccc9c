import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES, megabytes } from '../../../../electron/shared/limits.ts';
import { isElectron } from '../../api/client.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useApp } from '../../store/hooks.ts';
import { ACCEPT, toBrowserFiles } from './browserFiles.ts';
import { ImportProgress } from './ImportProgress.tsx';
import './import.css';

export function ImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const job = useApp((s) => s.importJob);
  const clearJob = useApp((s) => s.clearImportJob);
  const cancelImport = useApp((s) => s.cancelImport);
  const openRecord = useApp((s) => s.openRecord);
  const running = job?.status === 'running' || job?.status === 'cancelling';

  const close = () => {
    // A finished job's results go with the dialog; a running one keeps going and shows again on reopen.
    clearJob();
    onClose();
  };

  return (
    <Dialog open={open} title="Import a meeting record" onClose={close} className="dialog-wide">
      <FileChooser disabled={running} />
      {job ? (
        <>
          <ImportProgress
            job={job}
            onCancel={() => void cancelImport()}
            onOpenRecord={(id) => {
              close();
              void openRecord(id);
            }}
          />
          <div className="form-actions">
            <button type="button" className="button" onClick={close}>
              {running ? 'Close (import continues)' : 'Done'}
            </button>
          </div>
        </>
      ) : (
        <>
          <h3 className="import-or">Or paste the text</h3>
          <PasteForm onClose={close} />
        </>
      )}
    </Dialog>
  );
}

function FileChooser({ disabled }: { disabled: boolean }) {
  const importBrowserFiles = useApp((s) => s.importBrowserFiles);
  const chooseAndImport = useApp((s) => s.chooseAndImport);
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const filesId = useId();
  const desktop = isElectron();

  useEffect(() => {
    // React does not know the non-standard folder attribute; set it on the element.
    folderRef.current?.setAttribute('webkitdirectory', '');
  }, []);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop zone for the mouse; its buttons are the keyboard's way in.
    <div
      className={`import-drop${over ? ' is-over' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setOver(false);
        if (!disabled) void importBrowserFiles(toBrowserFiles(e.dataTransfer.files));
      }}
    >
      <p>
        Web pages (.html), PDFs with text, Word documents (.docx), and text or Markdown files, up to {megabytes(MAX_IMPORT_BYTES)}{' '}
        each. Drop them here or anywhere on the window, or:
      </p>
      <div className="button-row">
        {desktop ? (
          <button type="button" className="button primary" disabled={disabled} onClick={() => void chooseAndImport()}>
            Choose files or folders…
          </button>
        ) : (
          <>
            <label htmlFor={filesId} className={`button primary${disabled ? ' is-disabled' : ''}`} aria-disabled={disabled}>
              Choose files…
            </label>
            <button type="button" className="button" disabled={disabled} onClick={() => folderRef.current?.click()}>
              Choose a folder…
            </button>
          </>
        )}
      </div>
      <input
        id={filesId}
        ref={filesRef}
        className="import-file-input"
        type="file"
        multiple
        accept={ACCEPT}
        disabled={disabled}
        aria-label="Choose record files to import"
        onChange={(e) => {
          const files = toBrowserFiles(e.target.files ?? []);
          e.target.value = '';
          void importBrowserFiles(files);
        }}
      />
      <input
        ref={folderRef}
        className="import-file-input"
        type="file"
        multiple
        disabled={disabled}
        aria-label="Choose a folder of records to import"
        onChange={(e) => {
          const files = toBrowserFiles(e.target.files ?? [], {
            onlyRecords: true,
          });
          e.target.value = '';
          void importBrowserFiles(files);
        }}
      />
    </div>
  );
}

function PasteForm({ onClose }: { onClose: () => void }) {
  const importText = useApp((s) => s.importText);
  const status = useApp((s) => s.importStatus);
  const error = useApp((s) => s.importError);
  const clearError = useApp((s) => s.clearImportError);
  const openRecord = useApp((s) => s.openRecord);
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const textId = useId();
  const nameId = useId();
  const errorId = useId();

  useEffect(() => {
    clearError();
  }, [clearError]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const record = await importText(text, name);
    if (record) {
      setText('');
      setName('');
      onClose();
      void openRecord(record.id);
    }
  };

  return (
    <form className="form" onSubmit={submit}>
      <p className="muted">
        Paste the text of a press release, readout or minutes. Briefbook keeps the record’s own paragraph numbers so each talking
        point can cite “para 3”.
      </p>
      <label htmlFor={nameId}>
        Name <span className="subtle">(optional, e.g. where it came from)</span>
      </label>
      <input id={nameId} type="text" value={name} maxLength={300} onChange={(e) => setName(e.target.value)} />
      <label htmlFor={textId}>Text</label>
      <textarea
        id={textId}
        className="import-text"
        data-autofocus
        rows={14}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (error) clearError();
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder="Paste the record here…"
      />
      {error && (
        <div id={errorId} className="banner banner-error" role="alert">
          <strong>The text could not be imported.</strong> {error}
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={status === 'importing'}>
          {status === 'importing' ? 'Importing…' : 'Import'}
        </button>
      </div>
    </form>
  );
}
