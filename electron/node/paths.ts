import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The data folder: --data, then BRIEFBOOK_DATA, then the same folder Electron uses for its user data. */
export function resolveDataDir(flag?: string): string {
  if (flag) return flag;
  if (process.env.BRIEFBOOK_DATA) return process.env.BRIEFBOOK_DATA;
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Briefbook');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Briefbook');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Briefbook');
}

/**
 * The per-user cache folder (derived data that is safe to delete: compiled code, shaping results):
 * BRIEFBOOK_CACHE, else the platform's place for caches.
 */
export function resolveCacheDir(): string {
  if (process.env.BRIEFBOOK_CACHE) return process.env.BRIEFBOOK_CACHE;
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Briefbook', 'Cache');
  if (process.platform === 'darwin') return join(home, 'Library', 'Caches', 'Briefbook');
  return join(process.env.XDG_CACHE_HOME ?? join(home, '.cache'), 'briefbook');
}

/** Bundled assets (sample records); the packaged app points BRIEFBOOK_ASSETS at its resources. */
export function assetsDir(): string {
  return process.env.BRIEFBOOK_ASSETS ?? fileURLToPath(new URL('../../assets', import.meta.url));
}

export function samplesDir(): string {
  return join(assetsDir(), 'records');
}

/** The built renderer the browser host serves. */
export function rendererDir(): string {
  return process.env.BRIEFBOOK_RENDERER ?? fileURLToPath(new URL('../../renderer/dist', import.meta.url));
}
