import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { rendererDir } from './paths.ts';
import { createHostPlatform } from './platform/host.ts';
import { type Backend, createBackend } from './rpc/backend.ts';
import { createHttpHandler } from './rpc/http.ts';
import { send } from './rpc/http-send.ts';
import { printable } from './rpc/printable.ts';
import { VERSION } from './version.ts';

export type RunningHost = { url: string; port: number; token: string; server: Server; backend: Backend; close(): Promise<void> };

/**
 * How long a client may take to send its request. A connection that trickles its headers (or its
 * body) is closed instead of held open for ever; the events stream is a response and is not bound.
 */
export type HostTimeouts = { headersMs: number; requestMs: number; checkEveryMs: number };
export const HOST_TIMEOUTS: HostTimeouts = { headersMs: 10_000, requestMs: 120_000, checkEveryMs: 2_000 };

/**
 * The browser host: the built renderer and the same API over HTTP, bound to 127.0.0.1 only,
 * with a random token per launch that the printed address carries.
 */
export async function startHost(opts: {
  dataDir: string;
  port?: number;
  staticDir?: string;
  timeouts?: Partial<HostTimeouts>;
}): Promise<RunningHost> {
  const timeouts = { ...HOST_TIMEOUTS, ...opts.timeouts };
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
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: timeouts.checkEveryMs,
    },
    (req, res) => {
      // The handler answers every request itself; this is the last guard, and says so in one line.
      handler(req, res).catch((error: unknown) => {
        console.error(
          `[briefbook] ${req.method} ${printable(req.url ?? '')} failed: ${printable(String((error as Error)?.message ?? error))}`,
        );
        if (process.env.BRIEFBOOK_DEBUG) console.error(error);
        send(res, 500, JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong in Briefbook.' } }));
      });
    },
  );
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
