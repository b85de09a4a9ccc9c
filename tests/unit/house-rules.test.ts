// Rules of the house that a tool checks, so they hold without a review: no source file grows past
// 400 lines (a file that long does several things and is asking to be split by what it does).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const FOLDERS = ['electron', 'renderer/src', 'scripts', 'bench', 'e2e', 'tests'];
const SKIP = new Set(['node_modules', 'fixtures', 'dist', 'test-results']);
const SOURCE = /\.(ts|tsx|mjs|cjs|js)$/;
const MOST_LINES = 400;

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.isFile() && SOURCE.test(entry.name)) yield path;
  }
}

test(`no source file is longer than ${MOST_LINES} lines`, () => {
  const long: string[] = [];
  let seen = 0;
  for (const folder of FOLDERS) {
    for (const file of sources(join(root, folder))) {
      seen++;
      const lines = readFileSync(file, 'utf8').split('\n').length;
      if (lines > MOST_LINES) long.push(`${relative(root, file)}: ${lines} lines`);
    }
  }
  assert.ok(seen > 100, `found the sources (${seen} files)`);
  assert.deepEqual(long, [], `split these by what they do:\n${long.join('\n')}`);
});
