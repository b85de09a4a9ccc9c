import { deskSettings, setDeskCountry } from '../library/settings.ts';
import type { HandlerMap } from '../rpc/dispatch.ts';

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.set'> = {
  'settings.get': (_input, ctx) => deskSettings(ctx.db),
  'settings.set': ({ country }, ctx) => {
    setDeskCountry(ctx.db, country);
    return deskSettings(ctx.db);
  },
};
