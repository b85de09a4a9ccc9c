import { deskJoin, deskRestrict } from '../desk/join.ts';
import { deskLiveFor } from '../desk/live.ts';
import { deskSettings } from '../desk/store.ts';
import { deskStatus, deskSync } from '../desk/sync.ts';
import type { HandlerMap } from '../rpc/dispatch.ts';

export const deskHandlers: HandlerMap<'desk.join' | 'desk.status' | 'desk.sync' | 'desk.restrict' | 'desk.live'> = {
  'desk.join': async ({ url, token }, ctx) => {
    const joined = await deskJoin(ctx.db, url, token);
    // The app shares the library at once, and keeps it in sync from now on.
    void deskLiveFor(ctx.db)?.tick(true);
    return joined;
  },
  'desk.status': (_input, ctx) => deskStatus(ctx.db),
  'desk.sync': (_input, ctx) => deskSync(ctx.db),
  'desk.restrict': ({ bookId, officers }, ctx) => deskRestrict(ctx.db, bookId, officers),
  'desk.live': ({ bookId }, ctx) => {
    const live = deskLiveFor(ctx.db);
    if (!live) return { state: deskSettings(ctx.db) ? 'offline' : 'not-joined', message: null, bookId, others: [] };
    return live.watch(bookId);
  },
};
