import type { EventPayloads } from '../../shared/contract.ts';
import type { EventName } from '../../shared/methods.ts';
import type { AppInfo } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import type { Platform } from '../platform/types.ts';

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
