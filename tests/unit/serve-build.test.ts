import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { repoRoot, tempDir } from '../helpers/library.ts';

const dir = tempDir();
after(() => rmSync(dir, { recursive: true, force: true }));

test('`briefbook serve` on a fresh checkout builds the interface first and serves it, instead of "not built"', async () => {
  // A folder with no build in it stands for a fresh checkout (the real renderer/dist stays untouched).
  const built = join(dir, 'dist');
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'briefbook.mjs'), 'serve', '--data', join(dir, 'data')], {
    cwd: repoRoot,
    env: { ...process.env, BRIEFBOOK_RENDERER: built },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start within 5 minutes:\n${out}`)), 300_000);
      child.stdout.on('data', () => {
        const m = /running at (http:\S+)/.exec(out);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.on('exit', (code) => reject(new Error(`serve exited (${code}):\n${out}`)));
    });
    assert.equal(out.split('\n').filter((l) => /Building the Briefbook interface/.test(l)).length, 1, out);
    assert.ok(existsSync(join(built, 'index.html')));
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<div id="root">|<script type="module"/);
  } finally {
    child.kill('SIGTERM');
  }
});
