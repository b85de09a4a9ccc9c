// A clean install on any laptop (Linux, macOS, Windows) and any CI that runs `npm ci` must accept the
// committed lockfile. npm refuses a lockfile when an optional dependency (Biome's, esbuild's and
// Rollup's per-platform binaries) is missing from it, which npm 11 can do when it writes the lockfile
// on one platform (npm/cli#8320). This reads the lockfile as `npm ci` would and names what is missing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

type LockEntry = {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
type Lockfile = { lockfileVersion: number; packages: Record<string, LockEntry> };

const root = join(import.meta.dirname, '..', '..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lockfile;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as LockEntry;

/** Node's module resolution, over the lockfile's paths: nested node_modules first, then each parent. */
function resolves(from: string, name: string): boolean {
  let base = from;
  for (;;) {
    if (lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut >= 0 ? base.slice(0, cut) : '';
  }
}

test('the lockfile lists every optional platform package, so npm ci accepts it on any platform', () => {
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolves(path, name)) missing.push(`${path || '(root)'} → ${name}`);
    }
  }
  assert.deepEqual(missing, [], `missing from package-lock.json:\n${missing.join('\n')}`);
});

test('the lockfile records every dependency package.json names, at a version it accepts the name of', () => {
  assert.ok(lock.lockfileVersion >= 3, 'lockfile version 3 (npm 9 and later)');
  const wanted = { ...manifest.dependencies, ...manifest.devDependencies };
  const absent = Object.keys(wanted).filter((name) => !lock.packages[`node_modules/${name}`]);
  assert.deepEqual(absent, []);
  const root = lock.packages[''];
  assert.deepEqual(
    { ...root?.dependencies, ...root?.devDependencies },
    wanted,
    'the lockfile was written from this package.json',
  );
});
