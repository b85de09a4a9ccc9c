// `briefbook serve` on a fresh checkout: the interface is built from its sources first, as `npm start`
// does, instead of answering every page with "not built".
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printable } from '../rpc/printable.ts';
import { CliError } from './session.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const config = join(root, 'renderer', 'vite.config.ts');

/** Builds the interface into `dir` when it has no index.html; says so in one line. */
export function ensureInterfaceBuilt(dir: string, say: (line: string) => void = console.log): void {
  if (existsSync(join(dir, 'index.html'))) return;
  if (!existsSync(vite) || !existsSync(config)) {
    throw new CliError(
      `briefbook: the interface is not built (${printable(dir)} has no index.html) and cannot be built here; run \`npm install\` and \`npm run build:renderer\` in the Briefbook folder.`,
    );
  }
  say('Building the Briefbook interface (the first time only; this takes a minute)…');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', config, '--outDir', dir, '--logLevel', 'error'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0 || !existsSync(join(dir, 'index.html'))) {
    const why = `${r.stderr ?? ''}${r.error?.message ?? ''}`.trim().split('\n')[0] ?? '';
    throw new CliError(
      `briefbook: building the interface failed${why ? `: ${printable(why)}` : ''}. Run \`npm run build:renderer\` to see why.`,
    );
  }
}
