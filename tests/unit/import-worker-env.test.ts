// A desk officer opens Briefbook in the morning and imports the night's releases: the import's
// threads load the parser from code compiled in an earlier session (Node's compile cache, kept in
// Briefbook's cache folder), unless the user set or turned off that cache themselves.
import assert from 'node:assert/strict';
import path from 'node:path';
import { afterEach, test } from 'node:test';
import { importWorkerEnv } from '../../electron/node/library/worker-env.ts';

const saved = { ...process.env };
afterEach(() => {
  for (const key of ['BRIEFBOOK_CACHE', 'NODE_COMPILE_CACHE', 'NODE_DISABLE_COMPILE_CACHE']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

test('the import threads keep their compiled code in Briefbook cache folder', () => {
  delete process.env.NODE_COMPILE_CACHE;
  delete process.env.NODE_DISABLE_COMPILE_CACHE;
  process.env.BRIEFBOOK_CACHE = path.join('/tmp', 'briefbook-cache-test');
  const env = importWorkerEnv();
  assert.equal(env.NODE_COMPILE_CACHE, path.join('/tmp', 'briefbook-cache-test', 'compile'));
  assert.equal(env.BRIEFBOOK_CACHE, process.env.BRIEFBOOK_CACHE);
});

test('a compile cache the user set, or turned off, is left as it is', () => {
  process.env.NODE_COMPILE_CACHE = '/somewhere/else';
  assert.equal(importWorkerEnv().NODE_COMPILE_CACHE, '/somewhere/else');
  delete process.env.NODE_COMPILE_CACHE;
  process.env.NODE_DISABLE_COMPILE_CACHE = '1';
  assert.equal(importWorkerEnv().NODE_COMPILE_CACHE, undefined);
});
