import { deskJoin, deskRestrict } from '../desk/join.ts';
import { deskStatus, deskSync } from '../desk/sync.ts';
import type { HandlerMap } from '../rpc/dispatch.ts';

export const deskHandlers: HandlerMap<'desk.join' | 'desk.status' | 'desk.sync' | 'desk.restrict'> = {
  'desk.join': ({ url, token }, ctx) => deskJoin(ctx.db, url, token),
  'desk.status': (_input, ctx) => deskStatus(ctx.db),
  'desk.sync': (_input, ctx) => deskSync(ctx.db),
  'desk.restrict': ({ bookId, officers }, ctx) => deskRestrict(ctx.db, bookId, officers),
};
