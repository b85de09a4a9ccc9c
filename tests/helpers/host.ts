// A real browser host for a describe block: a temporary data folder, a static folder with a page
// (and any files a test asks for), started before the tests and closed after them.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { type RunningHost, startHost } from '../../electron/node/host.ts';
import { tempDir } from './library.ts';

/** Registers before/after hooks in the calling describe; the returned function gives the running host. */
export function useHost(staticFiles: Record<string, string> = {}): () => RunningHost {
  let host: RunningHost | null = null;
  const dir = tempDir();
  before(async () => {
    const staticDir = join(dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Briefbook</title>');
    for (const [name, text] of Object.entries(staticFiles)) writeFileSync(join(staticDir, name), text);
    host = await startHost({ dataDir: join(dir, 'data'), port: 0, staticDir });
  });
  after(async () => {
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!host) throw new Error('the host is started in before()');
    return host;
  };
}
