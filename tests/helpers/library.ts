import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Backend, createBackend } from '../../electron/node/rpc/backend.ts';
import type { Result } from '../../electron/shared/errors.ts';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const samplesDir = join(repoRoot, 'assets', 'records');
export const koreanSeed = join(samplesDir, '000_14d4902e11750d46.txt');
export const vietnameseSeed = join(samplesDir, '003_8efa98ed4426d19f.txt');

export function tempDir(prefix = 'briefbook-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A real library in a temporary folder, seeded like a first run, through the real dispatch. */
export function tempBackend(opts: { seed?: boolean } = {}): Backend & { dir: string; dispose(): void } {
  const dir = tempDir();
  const backend = createBackend({
    dataDir: dir,
    host: 'cli',
    version: 'test',
    platform: { chooseExportTarget: async () => null },
    samplesDir: opts.seed === false ? join(dir, 'no-samples') : samplesDir,
  });
  return {
    ...backend,
    dir,
    dispose() {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function unwrap<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
