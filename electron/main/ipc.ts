// IPC transport for Electron. Imports only types from electron, so it stays host-neutral code.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Dispatch } from '../node/rpc/dispatch.ts';
import type { EventBus } from '../node/rpc/events.ts';
import type { Result } from '../shared/errors.ts';

export const RPC_CHANNEL = 'briefbook:rpc';
export const EVENT_CHANNEL = 'briefbook:event';

/**
 * One handler for every call. It answers only frames that are the top frame of one of our windows
 * and show our own renderer, so a navigated or embedded page can never reach the API.
 */
export function registerIpc(opts: {
  ipcMain: IpcMain;
  dispatch: Dispatch;
  events: EventBus;
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
  windows: () => WebContents[];
}): () => void {
  opts.ipcMain.handle(RPC_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!opts.isTrustedSender(event)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'This page may not use Briefbook.' } };
    }
    if (typeof method !== 'string') return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'No method named.' } };
    return opts.dispatch(method, input);
  });
  const unsubscribe = opts.events.subscribe((event, payload) => {
    for (const contents of opts.windows()) if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, { event, payload });
  });
  return () => {
    opts.ipcMain.removeHandler(RPC_CHANNEL);
    unsubscribe();
  };
}
