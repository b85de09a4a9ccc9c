// Builds the renderer's API: one function per contract method, and on(event, cb) returning an unsubscribe.
// Sandboxed preloads may require only 'electron'; the method list comes from a schema-free module.
import { contextBridge, type IpcRendererEvent, ipcRenderer, webUtils } from 'electron';
import { EVENT_NAMES, METHOD_NAMES } from '../shared/methods.ts';

const RPC_CHANNEL = 'briefbook:rpc';
const EVENT_CHANNEL = 'briefbook:event';

const api: Record<string, unknown> = {};
for (const method of METHOD_NAMES) {
  api[method] = (input: unknown) => ipcRenderer.invoke(RPC_CHANNEL, method, input ?? {});
}
api.on = (event: string, callback: (payload: unknown) => void) => {
  if (!(EVENT_NAMES as readonly string[]).includes(event)) return () => {};
  const listener = (_e: IpcRendererEvent, message: { event: string; payload: unknown }) => {
    if (message.event === event) callback(message.payload);
  };
  ipcRenderer.on(EVENT_CHANNEL, listener);
  return () => ipcRenderer.removeListener(EVENT_CHANNEL, listener);
};
// A file dropped on the window: its path on disk, so the import reads it from there (File.path is gone
// since Electron 32). Answers null for anything that is not a local file.
api.pathForFile = (file: File) => {
  try {
    return webUtils.getPathForFile(file) || null;
  } catch {
    return null;
  }
};

contextBridge.exposeInMainWorld('briefbook', Object.freeze(api));
