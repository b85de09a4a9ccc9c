import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type RunningHost, startHost } from '../../electron/node/host.ts';
import { MAX_BODY } from '../../electron/node/rpc/http.ts';
import { type Answer, http } from '../helpers/http.ts';
import { tempDir } from '../helpers/library.ts';

function jsonError(answer: Answer): { code: string; message: string } {
  const parsed = JSON.parse(answer.body) as { ok: boolean; error: { code: string; message: string } };
  assert.equal(parsed.ok, false);
  assert.equal(typeof parsed.error.message, 'string');
  assert.ok(parsed.error.message.length > 0);
  return parsed.error;
}

describe('the browser host answers every bad request well', () => {
  let host: RunningHost;
  const dir = tempDir();
  const logged: string[] = [];
  const consoleError = console.error;
  before(async () => {
    const staticDir = join(dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Briefbook</title>');
    host = await startHost({ dataDir: join(dir, 'data'), port: 0, staticDir });
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  });
  after(async () => {
    console.error = consoleError;
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const auth = () => ({ Authorization: `Bearer ${host.token}` });

  test('a method name with a malformed percent-encoding gets 400 and a JSON error, not an empty 500', async () => {
    const r = await http(host.port, '/rpc/library.%E0%A4%A', { method: 'POST', body: '{}', headers: auth() });
    assert.equal(r.status, 400);
    assert.equal(jsonError(r).code, 'BAD_INPUT');
  });

  test('odd encodings in a file address get 400 or 404, and nothing is logged', async () => {
    logged.length = 0;
    for (const path of [
      '/%E0%A4%A',
      '/%',
      '/%00',
      '/a%0Ab',
      '/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '//x',
      '/?%zz',
    ]) {
      const r = await http(host.port, path);
      assert.ok([200, 400, 404].includes(r.status), `${path}: ${r.status}`);
      if (path !== '/?%zz' && path !== '//x') assert.notEqual(r.status, 200, path);
    }
    assert.deepEqual(logged, []);
  });

  test('another site’s page is refused with 403 even when it carries the token', async () => {
    const foreign = await http(host.port, '/rpc/library.list', {
      method: 'POST',
      body: '{}',
      headers: { ...auth(), Origin: 'http://evil.example' },
    });
    assert.equal(foreign.status, 403);
    assert.equal(jsonError(foreign).code, 'UNAUTHORIZED');
    const crossSite = await http(host.port, '/rpc/library.list', {
      method: 'POST',
      body: '{}',
      headers: { ...auth(), 'Sec-Fetch-Site': 'cross-site' },
    });
    assert.equal(crossSite.status, 403);
    const events = await http(host.port, `/events?token=${host.token}`, { headers: { Origin: 'http://evil.example' } });
    assert.equal(events.status, 403);
    // Our own page (same origin) is answered.
    const own = await http(host.port, '/rpc/library.list', {
      method: 'POST',
      body: '{}',
      headers: { ...auth(), Origin: `http://127.0.0.1:${host.port}`, 'Sec-Fetch-Site': 'same-origin' },
    });
    assert.equal(own.status, 200);
    assert.equal(JSON.parse(own.body).ok, true);
  });

  test('POST /events is 405, and does not open the event stream', async () => {
    const r = await http(host.port, `/events?token=${host.token}`, { method: 'POST', body: '{}' });
    assert.equal(r.status, 405);
    assert.doesNotMatch(String(r.headers['content-type']), /event-stream/);
    const get = await http(host.port, `/events?token=${host.token}`);
    assert.equal(get.status, 200);
    assert.match(String(get.headers['content-type']), /event-stream/);
  });

  test('a web page cannot make the host read or write a path on this computer', async () => {
    for (const [method, input] of [
      ['library.import', { paths: ['/etc/passwd'] }],
      ['books.openFile', { path: '/etc/passwd' }],
      ['books.saveFile', { bookId: 'b1', outPath: '/tmp/stolen.briefbook' }],
      ['pdf.export', { bookId: 'b1', outPath: '/tmp/stolen.pdf' }],
    ] as const) {
      const r = await http(host.port, `/rpc/${method}`, { method: 'POST', body: JSON.stringify(input), headers: auth() });
      const error = jsonError(r);
      assert.equal(error.code, 'BAD_INPUT', method);
      assert.match(error.message, /this computer/, method);
    }
  });

  test('a request body over the limit is refused before it is read', async () => {
    const r = await http(host.port, '/rpc/library.importText', {
      method: 'POST',
      headers: { ...auth(), 'Content-Length': String(MAX_BODY + 1024 * 1024) },
      body: '',
    });
    assert.equal(r.status, 413);
    assert.equal(jsonError(r).code, 'BAD_INPUT');
  });
});

describe('the browser host does not wait for ever on a slow client', () => {
  let host: RunningHost;
  const dir = tempDir();
  before(async () => {
    host = await startHost({
      dataDir: join(dir, 'data'),
      port: 0,
      staticDir: join(dir, 'none'),
      timeouts: { headersMs: 300, requestMs: 1_000, checkEveryMs: 100 },
    });
  });
  after(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a connection that trickles its headers is closed after the header timeout', async () => {
    const socket = connect(host.port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (answer += d));
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    // One more header byte every 50 ms, for ever: without a timeout the host would hold this open.
    const drip = setInterval(() => socket.writable && socket.write('X'), 50);
    const closed = await new Promise<boolean>((resolve) => {
      socket.on('close', () => resolve(true));
      socket.on('error', () => resolve(true));
      setTimeout(() => resolve(false), 10_000);
    });
    clearInterval(drip);
    socket.destroy();
    assert.equal(closed, true, 'the host kept the slow connection open');
    if (answer) assert.match(answer, /^HTTP\/1\.1 408/);
  });

  test('the event stream, a long answer, is not cut by the request timeout', async () => {
    const socket = connect(host.port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (answer += d));
    socket.write(`GET /events?token=${host.token} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    let closed = false;
    socket.on('close', () => (closed = true));
    await new Promise((r) => setTimeout(r, 1_800));
    assert.match(answer, /^HTTP\/1\.1 200/);
    assert.equal(closed, false);
    socket.destroy();
  });
});
