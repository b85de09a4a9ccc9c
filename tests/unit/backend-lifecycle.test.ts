// The backend owns its worker threads: close() stops a running import and a running PDF export,
// leaves no thread behind (the process ends by itself), and refuses new work in words.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../helpers/close-backend.ts', import.meta.url));

test('closing the backend stops every worker thread, and the process can exit', () => {
  // A worker left running keeps the child alive: it is then killed at the timeout and the test fails.
  const child = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(child.signal, null, `the process did not end by itself: ${child.stderr}`);
  assert.equal(child.status, 0, child.stderr);
  const report = JSON.parse(child.stdout) as {
    before: { threads: number; imports: number };
    after: { threads: number; imports: number };
    imported: string[];
    exported: string;
    refused: string;
    threadsAfterWarm: number;
  };
  assert.deepEqual(report.before, { threads: 1, imports: 1 }, 'an export and an import were running');
  assert.deepEqual(report.after, { threads: 0, imports: 0 });
  assert.deepEqual(report.imported, ['CANCELLED', 'CANCELLED', 'CANCELLED']);
  assert.match(report.exported, /^CANCELLED: Briefbook is closing/);
  assert.match(report.refused, /Briefbook is closing: nothing was imported/);
  assert.equal(report.threadsAfterWarm, 0, 'a closed pool starts no worker');
});
