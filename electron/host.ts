import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createHostPlatform } from './platform/host.ts';
import { type Backend, createBackend } from './rpc/backend.ts';
import { createHttpHandler } from './rpc/http.ts';
import { rendererDir } from './services/paths.ts';
import { VERSION } from './services/version.ts';

export type RunningHost = { url: string; port: number; token: string; server: Server; backend: Backend; close(): Promise<void> };

/**
 * The browser host: the built renderer and the same API over HTTP, bound to 127.0.0.1 only,
 * with a random token per launch that the printed address carries.
 */
export async function startHost(opts: { dataDir: string; port?: number; staticDir?: string }): Promise<RunningHost> {
  const downloads = new Map<string, { path: string; fileName: string }>();
  const backend = createBackend({
    dataDir: opts.dataDir,
    host: 'browser',
    version: VERSION,
    platform: createHostPlatform(opts.dataDir, downloads),
  });
  const token = randomBytes(24).toString('base64url');
  const handler = createHttpHandler({
    dispatch: backend.dispatch,
    events: backend.events,
    token,
    staticDir: opts.staticDir ?? rendererDir(),
    downloads,
  });
  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      console.error('[briefbook] request failed:', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  }).catch((error: NodeJS.ErrnoException) => {
    backend.close();
    throw error;
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    backend,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          backend.close();
          resolve();
        });
      }),
  };
}
