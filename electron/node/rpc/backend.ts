import type { AppInfo } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { handlers } from '../handlers/index.ts';
import { openLibrary } from '../open/library.ts';
import { stopPdfWorker } from '../pdf/index.ts';
import type { Platform } from '../platform/types.ts';
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
    // The backend owns what it started: running jobs (imports, exports) are stopped, the idle PDF
    // worker is let go, and the library is closed.
    close: () => {
      for (const job of ctx.jobs.values()) job.abort();
      void stopPdfWorker();
      db.close();
    },
  };
}
