import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportTarget, Platform } from './types.ts';

/**
 * The browser host cannot show a save dialog: exports go to the data folder's `exports/` and the
 * browser downloads them. Old exports are cleared at start so the folder does not grow forever.
 */
export function createHostPlatform(dataDir: string, downloads: Map<string, { path: string; fileName: string }>): Platform {
  const exportsDir = join(dataDir, 'exports');
  try {
    for (const entry of readdirSync(exportsDir)) rmSync(join(exportsDir, entry), { recursive: true, force: true });
  } catch {
    // No exports yet.
  }
  return {
    async chooseExportTarget(fileName: string): Promise<ExportTarget> {
      const id = randomUUID();
      const dir = join(exportsDir, id);
      mkdirSync(dir, { recursive: true });
      const path = join(dir, fileName);
      downloads.set(id, { path, fileName });
      return { path, downloadUrl: `/download/${id}` };
    },
  };
}
