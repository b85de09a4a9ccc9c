// `npm start`: opens the Electron window; where the Electron binary is not installed and cannot be
// fetched, says so and serves the same app on 127.0.0.1 instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { electronBinary, electronPackageDir } from './electron-binary.mjs';

const root = new URL('..', import.meta.url).pathname;
const node = process.execPath;
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(
    `Briefbook needs Node.js 24 (this is ${process.version}). Install Node 24, then run npm install and npm start again.`,
  );
  process.exit(1);
}

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function run(args) {
  const r = spawnSync(node, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// Build the interface when it is missing or older than its sources.
const built = join(root, 'renderer/dist/index.html');
if (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, 'renderer/src'))) {
  run([join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
}

let binary = electronBinary();
if (!binary && existsSync(join(electronPackageDir, 'install.js'))) {
  // Electron fetches its binary on first use; try once, quietly.
  spawnSync(node, [join(electronPackageDir, 'install.js')], { cwd: root, stdio: 'ignore', timeout: 180_000 });
  binary = electronBinary();
}

const extra = process.argv.slice(2);
if (binary) {
  run([join(root, 'scripts/build-electron.mjs')]);
  const child = spawn(binary, [root, ...extra], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      'The Electron desktop shell is not installed on this machine: its binary is downloaded on first use,',
      'and that download did not succeed (no network access to the Electron release host). Briefbook will',
      'run the same app in your web browser instead, served only to this computer (127.0.0.1). To get the',
      'desktop window later, run npm start again on a machine with internet access, once.',
      '',
    ].join('\n'),
  );
  const child = spawn(node, [join(root, 'bin/briefbook.mjs'), 'serve', ...extra], { cwd: root, stdio: 'inherit' });
  process.on('SIGINT', () => child.kill('SIGINT'));
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code) => process.exit(code ?? 0));
}
