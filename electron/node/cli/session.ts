// What every CLI verb shares: its flags, its one kind of failure, and a library opened for one
// command, called through the typed contract (a method name the contract does not have fails to compile).
import { resolve } from 'node:path';
import type { Input, Output } from '../../shared/contract.ts';
import type { MethodName } from '../../shared/methods.ts';
import { resolveDataDir } from '../paths.ts';
import { type Backend, createBackend } from '../rpc/backend.ts';
import { VERSION } from '../version.ts';

/** A failure the CLI reports as one line on stderr. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

export type Flags = {
  data?: string;
  json?: boolean;
  title?: string;
  classification?: string;
  section?: string;
  out?: string;
  port?: string;
  topic?: string;
  country?: string;
  from?: string;
  to?: string;
  token?: string;
  postgres?: string;
  accredited?: string;
  'tls-cert'?: string;
  'tls-key'?: string;
  host?: string;
  redis?: string;
  name?: string;
};

const cliPlatform = {
  // The CLI always names its output file; it never asks.
  chooseExportTarget: async () => null,
};

export function openBackend(flags: Flags): Backend {
  return createBackend({ dataDir: resolve(resolveDataDir(flags.data)), host: 'cli', version: VERSION, platform: cliPlatform });
}

export async function call<M extends MethodName>(backend: Backend, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new CliError(result.error.message);
  return result.value as Output<M>;
}

/** One call on the library, opened for it and closed after. */
export async function callOnce<M extends MethodName>(flags: Flags, method: M, input: Input<M>): Promise<Output<M>> {
  const backend = openBackend(flags);
  try {
    return await call(backend, method, input);
  } finally {
    backend.close();
  }
}
