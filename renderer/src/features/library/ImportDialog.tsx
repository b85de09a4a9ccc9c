import { type FormEvent, useEffect, useId, useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import { useApp } from '../../store/hooks.ts';

export function ImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
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
    if (open) clearError();
  }, [open, clearError]);

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
    <Dialog open={open} title="Import a meeting record" onClose={onClose} className="dialog-wide">
      <form className="form" onSubmit={submit}>
        <p className="muted">
          Paste the text of a press release, readout or minutes. Briefbook keeps the record’s own paragraph numbers so each talking point can cite
          “para 3”.
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
    </Dialog>
  );
}
