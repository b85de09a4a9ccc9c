import type { EventPayloads } from '../api/contract.ts';
import type { EventName } from '../api/methods.ts';
import type { AppInfo } from '../api/types.ts';
import type { Platform } from '../platform/types.ts';
import type { Db } from '../services/db/connection.ts';

/** Everything a handler may use. Built once per host (Electron, browser host, CLI). */
export type ServiceContext = {
  db: Db;
  dataDir: string;
  host: AppInfo['host'];
  version: string;
  platform: Platform;
  emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
  /** Running exports by job id, so they can be cancelled. */
  jobs: Map<string, AbortController>;
};
