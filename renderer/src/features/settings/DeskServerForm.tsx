// Settings → The desk server: join this library to the desk's server with the officer's token.
// The token comes from the desk administrator (briefbook desk-server token --name NAME).
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { DeskStatus } from '../../../../electron/shared/types.ts';
import { call } from '../../api/client.ts';

export function DeskServerForm({ open }: { open: boolean }) {
  const [status, setStatus] = useState<DeskStatus | null>(null);
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const urlId = useId();
  const tokenId = useId();

  useEffect(() => {
    if (!open) return;
    void call('desk.status', {}).then((r) => {
      if (!r.ok) return;
      setStatus(r.value);
      setUrl(r.value.url ?? '');
    });
  }, [open]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const joined = await call('desk.join', { url: url.trim(), token: token.trim() });
    setBusy(false);
    if (!joined.ok) {
      setError(joined.error.message);
      return;
    }
    setToken('');
    const next = await call('desk.status', {});
    if (next.ok) setStatus(next.value);
  };

  return (
    <form onSubmit={submit} className="form desk-form">
      <h3 className="settings-heading">The desk server</h3>
      <p className="muted">
        {status?.joined
          ? `Joined ${status.url} as ${status.officer}. Books and records are shared with the desk; books marked above ${status.accredited ?? 'its accreditation'} stay on this laptop.`
          : 'Join your desk’s server to share books and records with the other officers. Everything keeps working offline; changes go out when the server is reachable.'}
      </p>
      <label htmlFor={urlId}>Server address</label>
      <input
        id={urlId}
        type="url"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        placeholder="wss://desk.example.org:8443"
      />
      <label htmlFor={tokenId}>Your token</label>
      <input id={tokenId} value={token} onChange={(e) => setToken(e.target.value)} type="password" autoComplete="off" />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy || !url.trim() || !token.trim()}>
          {busy ? 'Joining…' : status?.joined ? 'Join again' : 'Join the desk'}
        </button>
      </div>
    </form>
  );
}
