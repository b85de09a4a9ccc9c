import { type FormEvent, useEffect, useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import { useApp } from '../../store/hooks.ts';
import { CountryPicker } from './CountryPicker.tsx';
import { DeskServerForm } from './DeskServerForm.tsx';
import './settings.css';

/** The country form both dialogs share: pick or type, then save through settings.set. */
function useCountryForm(initial: string, onDone: () => void) {
  const setDeskCountry = useApp((s) => s.setDeskCountry);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const problem = await setDeskCountry(value);
    setBusy(false);
    if (problem) setError(problem);
    else onDone();
  };
  const change = (v: string) => {
    setValue(v);
    setError(null);
  };
  return { value, setValue, change, error, setError, busy, submit };
}

const WHY =
  'Briefbook drafts talking points in your side’s voice (“the Secretary said the United States would…” becomes “We will…”) and puts your side’s records in the left column of a topic’s timeline.';

/** The country's one name when the text is one of the list's, else the text as typed. */
const chosen = (countries: string[], text: string) =>
  countries.find((c) => c.toLowerCase() === text.trim().toLowerCase()) ?? text.trim();

/** Asked once, on first run, while the desk's country is not set. */
export function FirstRunDialog() {
  const status = useApp((s) => s.settingsStatus);
  const country = useApp((s) => s.deskCountry);
  const countries = useApp((s) => s.countries);
  const dismissed = useApp((s) => s.firstRunDismissed);
  const dismiss = useApp((s) => s.dismissFirstRun);
  const form = useCountryForm('', () => {});
  const open = status === 'ready' && country === null && !dismissed;

  return (
    <Dialog open={open} title="Which country’s desk is this?" onClose={dismiss} className="country-dialog">
      <form onSubmit={form.submit} className="form">
        <p className="muted">{WHY}</p>
        <CountryPicker countries={countries} value={form.value} onChange={form.change} error={form.error} />
        <div className="form-actions">
          <span className="subtle form-note">You can change it later in Settings.</span>
          <button type="button" className="button" onClick={dismiss}>
            Later
          </button>
          <button type="submit" className="button primary" disabled={form.busy || !form.value.trim()}>
            {form.busy ? 'Saving…' : form.value.trim() ? `Use ${chosen(countries, form.value)}` : 'Use this country'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Settings, from the sidebar: the desk's country. */
export function SettingsDialog() {
  const open = useApp((s) => s.settingsOpen);
  const openSettings = useApp((s) => s.openSettings);
  const country = useApp((s) => s.deskCountry);
  const countries = useApp((s) => s.countries);
  const close = () => openSettings(false);
  const form = useCountryForm(country ?? '', close);
  const { setValue, setError } = form;

  useEffect(() => {
    if (open) {
      setValue(country ?? '');
      setError(null);
    }
  }, [open, country, setValue, setError]);

  return (
    <Dialog open={open} title="Settings" onClose={close} className="country-dialog">
      <form onSubmit={form.submit} className="form">
        <h3 className="settings-heading">The desk’s country</h3>
        <p className="muted">
          {country ? (
            <>
              This is the <strong>{country}</strong> desk.{' '}
            </>
          ) : (
            'Not set yet. '
          )}
          {WHY}
        </p>
        <CountryPicker countries={countries} value={form.value} onChange={form.change} error={form.error} />
        <div className="form-actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={form.busy || !form.value.trim()}>
            {form.busy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
      <DeskServerForm open={open} />
    </Dialog>
  );
}
