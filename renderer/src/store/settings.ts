// Settings slice: the desk's own country ("we" in drafted talking points, "our side" in the
// timeline). Asked on first run while it is empty; changed in the Settings dialog.

import type { SettingsSlice } from './state/settings.ts';
import type { SliceCreator } from './types.ts';

export type { SettingsSlice } from './state/settings.ts';

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get, { client }) => ({
  deskCountry: null,
  countries: [],
  settingsStatus: 'idle',
  settingsOpen: false,
  firstRunDismissed: false,

  loadSettings: async () => {
    set({ settingsStatus: 'loading' });
    let res: Awaited<ReturnType<typeof client.call<'settings.get'>>>;
    try {
      res = await client.call('settings.get', {});
    } catch {
      set({ settingsStatus: 'error' });
      return;
    }
    // Without settings the app still works; the first-run question just is not asked.
    if (!res.ok) set({ settingsStatus: 'error' });
    else set({ deskCountry: res.value.country, countries: res.value.countries, settingsStatus: 'ready' });
  },

  setDeskCountry: async (name) => {
    if (!name.trim()) return 'Choose a country from the list, or type its name.';
    let res: Awaited<ReturnType<typeof client.call<'settings.set'>>>;
    try {
      res = await client.call('settings.set', { country: name });
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
    if (!res.ok) return res.error.message || 'Could not save the country.';
    set({ deskCountry: res.value.country, countries: res.value.countries, settingsStatus: 'ready' });
    // "Our side" in the timeline follows the desk's country.
    if (get().view.name === 'topics') void get().loadCounterparts();
    else set({ homeCountry: res.value.country });
    get().notify('success', `This is the ${res.value.country} desk`, 'Drafted talking points now speak for it.');
    return null;
  },

  openSettings: (open) => set({ settingsOpen: open }),
  dismissFirstRun: () => set({ firstRunDismissed: true }),
});
