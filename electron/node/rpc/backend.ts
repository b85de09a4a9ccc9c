import type { Call, Output } from '../../shared/contract.ts';
import type { Result } from '../../shared/errors.ts';
import type { AppInfo } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { startDeskLive } from '../desk/live.ts';
import { handlers } from '../handlers/index.ts';
import { ImportJobs } from '../library/import-job.ts';
import { openLibrary } from '../open/library.ts';
import { PdfWorkerPool } from '../pdf/pool.ts';
import type { Platform } from '../platform/types.ts';
import type { ServiceContext } from './context.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { EventBus } from './events.ts';

export type Backend = {
  db: Db;
  events: EventBus;
  ctx: ServiceContext;
  /** Untyped, for the transports (IPC, HTTP), whose callers name methods the compiler never sees. */
  dispatch: Dispatch;
  /** The same dispatch, typed by the contract: for the CLI, Electron's main process and tests. */
  call: Call;
  /**
   * Stops what the backend started and closes the library: running imports and exports are
   * cancelled, every worker thread is stopped, and later calls are refused. The library is closed
   * at once; the promise resolves when the last worker thread is gone.
   */
  close(): Promise<void>;
};

/** The services, their context and the dispatch: identical in Electron, the browser host and the CLI. */
export function createBackend(opts: {
  dataDir: string;
  host: AppInfo['host'];
  version: string;
  platform: Platform;
  samplesDir?: string;
  /** The worker scripts, for builds that bundle them separately (Electron's dist-electron/*.cjs). */
  workers?: { pdf?: string; import?: string };
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
    workers: {
      pdf: new PdfWorkerPool({ workerPath: opts.workers?.pdf }),
      imports: new ImportJobs({ workerPath: opts.workers?.import }),
    },
  };
  // The app and `serve` start the import's parse worker with the library, so that an import finds
  // its patterns compiled (the CLI imports once and exits: a long batch starts it itself).
  if (opts.host !== 'cli') ctx.workers.imports.warm(db).catch(() => {});
  const dispatch = createDispatch(handlers, ctx);
  // The dispatch checks each input against the same contract the types come from.
  const call: Call = (method, input) => dispatch(method, input) as Promise<Result<Output<typeof method>>>;
  // The app and `serve` keep a joined library in sync; the CLI syncs when asked (desk sync).
  const live =
    opts.host === 'cli'
      ? null
      : startDeskLive(db, (state, report) => {
          events.emit('desk.changed', state);
          if (report && (report.received.changes > 0 || report.records.added > 0))
            events.emit('library.changed', { reason: 'desk' });
        });
  return {
    db,
    events,
    ctx,
    dispatch,
    call,
    close: () => {
      for (const job of ctx.jobs.values()) job.abort();
      const stopped = Promise.all([ctx.workers.pdf.close(), ctx.workers.imports.close()]);
      live?.stop();
      db.close();
      return stopped.then(() => undefined);
    },
  };
}
