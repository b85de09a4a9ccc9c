// Settings → The desk server: join this library to the desk's server with the officer's token.
// The token comes from the desk administrator (briefbook desk-server token --name NAME).
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useApp } from '../../store/hooks.ts';

export function DeskServerForm({ open }: { open: boolean }) {
  const status = useApp((s) => s.desk);
  const loadDesk = useApp((s) => s.loadDesk);
  const joinDesk = useApp((s) => s.joinDesk);
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const urlId = useId();
  const tokenId = useId();

  useEffect(() => {
    if (open) void loadDesk();
  }, [open, loadDesk]);
  useEffect(() => {
    if (status?.url) setUrl(status.url);
  }, [status?.url]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const wrong = await joinDesk(url, token);
    setBusy(false);
    if (wrong) {
      setError(wrong);
      return;
    }
    setToken('');
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
