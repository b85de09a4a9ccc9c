// What the desk tests start: a throw-away PostgreSQL cluster (Debian's packages), a real desk
// server process on loopback, and Briefbook's CLI on separate library folders (the laptops).
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './library.ts';

const cli = join(repoRoot, 'bin', 'briefbook.mjs');

/** Debian's PostgreSQL binaries (newest version), or null when PostgreSQL is not installed. */
export function postgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

/**
 * How a desk test file starts: with PostgreSQL it runs; without, it fails when the desk tests are
 * required (CI) and is skipped otherwise, saying why.
 */
export function deskSkip(): string | false {
  if (postgresBin()) return false;
  const why = 'PostgreSQL is not installed (apt-get install -y postgresql)';
  if (process.env.BRIEFBOOK_DESK_TESTS === 'required') throw new Error(`The desk tests are required but ${why}.`);
  return why;
}

/** Debian's redis-server, or null when Redis is not installed (the test of several server nodes needs it). */
export function redisBin(): string | null {
  return ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((f) => existsSync(f)) ?? null;
}

/** Like deskSkip, for the tests that also need Redis: required in CI, skipped (saying why) elsewhere. */
export function redisSkip(): string | false {
  const pg = deskSkip();
  if (pg) return pg;
  if (redisBin()) return false;
  const why = 'Redis is not installed (apt-get install -y redis-server)';
  if (process.env.BRIEFBOOK_DESK_TESTS === 'required') throw new Error(`The desk tests are required but ${why}.`);
  return why;
}

/** A throw-away Redis on a free loopback port, keeping nothing on disk. */
export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const bin = redisBin();
  if (!bin) throw new Error('Redis is not installed');
  const port = await freePort();
  const child = spawn(
    bin,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (/ready to accept connections/i.test(out)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A PostgreSQL cluster in a temporary folder on a free port; initdb refuses root, so root runs it as postgres. */
export async function startPostgres(): Promise<{ url: string; stop: () => void }> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'briefbook-pg-'));
  chmodSync(dir, 0o777);
  const asRoot = process.getuid?.() === 0;
  // runuser is in sbin, which a plain user's PATH (and CI's) may leave out.
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser'].find((f) => existsSync(f)) ?? 'runuser';
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? [runuser, ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    execFileSync(file, argv, { stdio: 'pipe', cwd: dir });
  };
  const port = await freePort();
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'briefbook', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  return {
    url: `postgres://briefbook@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export type RunningServer = { url: string; port: number; process: ChildProcess; stop: () => Promise<void> };

/** `briefbook desk-server` as its own process; resolves once it listens. */
export function startServer(
  postgres: string,
  opts: { port?: number; accredited?: string; redis?: string } = {},
): Promise<RunningServer> {
  const args = [cli, 'desk-server', '--postgres', postgres, '--port', String(opts.port ?? 0)];
  if (opts.accredited) args.push('--accredited', opts.accredited);
  if (opts.redis) args.push('--redis', opts.redis);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening at (ws:\/\/[\d.]+:(\d+))/.exec(out);
      if (m)
        resolve({
          url: m[1] as string,
          port: Number(m[2]),
          process: child,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
    });
    child.once('exit', (code) => reject(new Error(`the desk server exited (${code}): ${err}`)));
  });
}

export type CliResult = { code: number; stdout: string; stderr: string };

/** One `briefbook --data DIR …` command, as a desk officer types it. */
export function briefbook(dataDir: string, ...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [cli, '--data', dataDir, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The same, failing the test with what the command said when it fails. */
export function ok(dataDir: string, ...args: string[]): string {
  const r = briefbook(dataDir, ...args);
  if (r.code !== 0) throw new Error(`briefbook ${args.join(' ')} exited ${r.code}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

export function token(postgres: string, name: string): string {
  return execFileSync(process.execPath, [cli, 'desk-server', 'token', '--postgres', postgres, '--name', name], {
    encoding: 'utf8',
  }).trim();
}
