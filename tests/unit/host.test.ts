import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useHost } from '../helpers/host.ts';
import { http } from '../helpers/http.ts';

describe('the browser host', () => {
  const host = useHost();

  test('listens on 127.0.0.1 only, with a random token in the printed address', () => {
    const address = host().server.address();
    assert.equal(typeof address === 'object' && address?.address, '127.0.0.1');
    assert.match(host().url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  test('answers API calls that carry the token with the same Result as IPC', async () => {
    const r = await http(host().port, '/rpc/library.list', {
      method: 'POST',
      body: '{}',
      headers: { Authorization: `Bearer ${host().token}` },
    });
    assert.equal(r.status, 200);
    const result = JSON.parse(r.body) as { ok: boolean; value: unknown[] };
    assert.equal(result.ok, true);
    assert.equal(result.value.length, 2);
  });

  test('refuses calls without the token, or from a page addressed by another host name', async () => {
    const noToken = await http(host().port, '/rpc/library.list', { method: 'POST', body: '{}' });
    assert.equal(noToken.status, 401);
    assert.equal(JSON.parse(noToken.body).error.code, 'UNAUTHORIZED');
    const wrongToken = await http(host().port, '/rpc/library.list', {
      method: 'POST',
      body: '{}',
      headers: { Authorization: 'Bearer nope' },
    });
    assert.equal(wrongToken.status, 401);
    const rebinding = await http(host().port, '/rpc/library.list', {
      method: 'POST',
      body: '{}',
      headers: { Authorization: `Bearer ${host().token}`, Host: 'evil.example:80' },
    });
    assert.equal(rebinding.status, 403);
  });

  test('bad JSON and bad inputs come back as BAD_INPUT', async () => {
    const headers = { Authorization: `Bearer ${host().token}` };
    const badJson = await http(host().port, '/rpc/library.get', { method: 'POST', body: '{nope', headers });
    assert.equal(JSON.parse(badJson.body).error.code, 'BAD_INPUT');
    const badInput = await http(host().port, '/rpc/library.get', { method: 'POST', body: '{"id": 5}', headers });
    assert.equal(JSON.parse(badInput.body).error.code, 'BAD_INPUT');
  });

  test('serves the interface with a strict Content-Security-Policy, and nothing outside it', async () => {
    const page = await http(host().port, '/');
    assert.equal(page.status, 200);
    assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
    const outside = await http(host().port, '/../../package.json');
    assert.notEqual(outside.status, 200);
  });

  test('exports a PDF for download through the same API', async () => {
    const headers = { Authorization: `Bearer ${host().token}` };
    const created = JSON.parse(
      (await http(host().port, '/rpc/books.create', { method: 'POST', body: '{"title":"Host export"}', headers })).body,
    );
    const exported = JSON.parse(
      (
        await http(host().port, '/rpc/pdf.export', {
          method: 'POST',
          body: JSON.stringify({ bookId: created.value.id }),
          headers,
        })
      ).body,
    );
    assert.equal(exported.ok, true, JSON.stringify(exported));
    assert.match(exported.value.downloadUrl, /^\/download\//);
    const file = await http(host().port, `${exported.value.downloadUrl}?token=${host().token}`);
    assert.equal(file.status, 200);
    assert.match(file.body, /^%PDF-/);
    assert.equal((await http(host().port, exported.value.downloadUrl)).status, 401);
  });
});
