// A Briefbook backend for the benchmarks: this checkout's or another's (a peer, to compare against
// in the same runs), on a fresh library in a temporary folder.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBackend } from '../electron/node/rpc/backend.ts';

export type MakeBackend = typeof createBackend;
export type Backend = ReturnType<MakeBackend>;

/** A checkout's createBackend: its own modules, parser and import workers (older checkouts kept it one folder up). */
export async function backendOf(checkout: string | null): Promise<MakeBackend> {
  if (checkout === null) return createBackend;
  const where = ['electron/node/rpc/backend.ts', 'electron/rpc/backend.ts'].map((p) => resolve(checkout, p));
  const file = where.find((f) => existsSync(f));
  if (!file) throw new Error(`${checkout} is not a Briefbook checkout: no ${where.join(' or ')}`);
  return ((await import(pathToFileURL(file).href)) as { createBackend: MakeBackend }).createBackend;
}

/** A fresh library opened by `make` as `host` would open it; dispose() closes it and removes its folder. */
export function benchLibrary(make: MakeBackend, host: 'cli' | 'electron'): { backend: Backend; dispose: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-library-'));
  const backend = make({
    dataDir: dir,
    host,
    version: 'bench',
    platform: { chooseExportTarget: async () => null },
    samplesDir: join(dir, 'none'),
  });
  return {
    backend,
    dispose: async () => {
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
