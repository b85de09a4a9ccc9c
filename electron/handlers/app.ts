import type { HandlerMap } from '../rpc/dispatch.ts';

export const appHandlers: HandlerMap<'app.info'> = {
  'app.info': (_input, ctx) => ({ version: ctx.version, host: ctx.host, dataDir: ctx.dataDir }),
};
