import type { AppInfo } from '../api/types.ts';
import { handlers } from '../handlers/index.ts';
import type { Platform } from '../platform/types.ts';
import type { Db } from '../services/db/connection.ts';
import { openLibrary } from '../services/library/open.ts';
import type { ServiceContext } from './context.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { EventBus } from './events.ts';

export type Backend = { db: Db; events: EventBus; ctx: ServiceContext; dispatch: Dispatch; close(): void };

/** The services, their context and the dispatch: identical in Electron, the browser host and the CLI. */
export function createBackend(opts: {
  dataDir: string;
  host: AppInfo['host'];
  version: string;
  platform: Platform;
  samplesDir?: string;
}): Backend {
  const db = openLibrary(opts.dataDir, opts.samplesDir);
  const events = new EventBus();
  const ctx: ServiceContext = {
    db,
    dataDir: opts.dataDir,
    host: opts.host,
    version: opts.version,
    platform: opts.platform,
    emit: (event, payload) => events.emit(event, payload),
    jobs: new Map(),
  };
  return {
    db,
    events,
    ctx,
    dispatch: createDispatch(handlers, ctx),
    close: () => {
      for (const job of ctx.jobs.values()) job.abort();
      db.close();
    },
  };
}
