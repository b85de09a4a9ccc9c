// A malicious page or document gets nothing from Briefbook: the HTTP host sends the CSP and nosniff on
// every response and refuses other host names; the desktop app's own scheme serves only its interface;
// links reach the system browser only when they are plain https; files handed over by the system are
// only ever existing files of the kinds Briefbook opens.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { filesFromArgv, vetExternalUrl } from '../../electron/main/policy.ts';
import { APP_ENTRY_URL, appFileFor, appResponseHeaders, isAppUrl } from '../../electron/main/protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/node/rpc/web-policy.ts';
import { useHost } from '../helpers/host.ts';
import { http } from '../helpers/http.ts';
import { tempDir } from '../helpers/library.ts';

/** The CSP as a map of directive → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe('the Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  test('runs only Briefbook’s own scripts: no inline script, no eval, nothing remote', () => {
    assert.deepEqual(csp.get('script-src'), ["'self'"]);
    assert.deepEqual(csp.get('default-src'), ["'self'"]);
    for (const [name, sources] of csp) {
      assert.ok(!sources.includes("'unsafe-eval'"), `${name} allows eval`);
      assert.ok(!sources.some((s) => /^(https?:|\*|ws:|wss:)/.test(s)), `${name} allows remote sources: ${sources.join(' ')}`);
      if (name !== 'style-src') assert.ok(!sources.includes("'unsafe-inline'"), `${name} allows inline code`);
    }
  });

  test('forbids plugins, <base> rewriting, form posts and being framed', () => {
    assert.deepEqual(csp.get('object-src'), ["'none'"]);
    assert.deepEqual(csp.get('base-uri'), ["'none'"]);
    assert.deepEqual(csp.get('form-action'), ["'none'"]);
    assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
    assert.deepEqual(csp.get('connect-src'), ["'self'"]);
  });
});

describe('the browser host’s headers', () => {
  const host = useHost({ 'record.txt': '<script>window.__pwned = 1</script>' });

  test('every response carries the CSP and forbids MIME sniffing: pages, API answers and refusals', async () => {
    const replies = [
      await http(host().port, '/'),
      await http(host().port, '/rpc/library.list', {
        method: 'POST',
        body: '{}',
        headers: { Authorization: `Bearer ${host().token}` },
      }),
      await http(host().port, '/rpc/library.list', {
        method: 'POST',
        body: '{}',
      }),
      await http(host().port, '/no-such-file.js'),
    ];
    for (const r of replies) {
      assert.equal(r.headers['content-security-policy'], CONTENT_SECURITY_POLICY, `status ${r.status} lacks the CSP`);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', `status ${r.status} allows sniffing`);
    }
  });

  test('a file of unknown type is sent as opaque bytes, never as a page the browser would run', async () => {
    const r = await http(host().port, '/record.txt');
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-type'], 'application/octet-stream');
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
  });

  test('a request addressed to another host name is refused before anything else (DNS rebinding)', async () => {
    for (const hostHeader of ['evil.example', 'evil.example:80', `127.0.0.1.evil.example:${host().port}`]) {
      const page = await http(host().port, '/', {
        headers: { Host: hostHeader },
      });
      assert.equal(page.status, 403, `Host "${hostHeader}" was served the page`);
      const call = await http(host().port, '/rpc/library.list', {
        method: 'POST',
        body: '{}',
        headers: { Host: hostHeader, Authorization: `Bearer ${host().token}` },
      });
      assert.equal(call.status, 403, `Host "${hostHeader}" reached the API`);
      assert.equal(call.headers['x-content-type-options'], 'nosniff');
    }
  });

  test('the event stream and downloads need the token too', async () => {
    assert.equal((await http(host().port, '/events')).status, 401);
    assert.equal((await http(host().port, '/download/anything')).status, 401);
  });
});

describe('the desktop app’s own scheme (briefbook://app/)', () => {
  const root = '/opt/briefbook/renderer/dist';

  test('serves files inside the interface folder and nothing outside it', () => {
    assert.equal(appFileFor(APP_ENTRY_URL, root), join(root, 'index.html'));
    assert.equal(appFileFor('briefbook://app/', root), join(root, 'index.html'));
    assert.equal(appFileFor('briefbook://app/assets/index-abc.js', root), join(root, 'assets/index-abc.js'));
    assert.equal(appFileFor('briefbook://other/index.html', root), null);
    assert.equal(appFileFor('file:///etc/passwd', root), null);
    for (const attempt of [
      'briefbook://app/../../../etc/passwd',
      'briefbook://app/%2e%2e/%2e%2e/etc/passwd',
      'briefbook://app/assets/%2e%2e%2f%2e%2e%2f..%2fsecret',
      'briefbook://app/index.html%00.js',
      'briefbook://other/index.html',
      'briefbook://user:pw@app/index.html',
      'file:///etc/passwd',
      'https://app/index.html',
      'not a url',
    ]) {
      const file = appFileFor(attempt, root);
      // Either refused, or (dot segments being resolved inside the URL first) a path inside the folder.
      assert.ok(file === null || file.startsWith(`${root}/`), `${attempt} reached ${file}`);
    }
  });

  test('only our own pages count as Briefbook (for IPC and navigation)', () => {
    assert.equal(isAppUrl(APP_ENTRY_URL), true);
    for (const url of [
      'file:///opt/briefbook/renderer/dist/index.html',
      'https://app/index.html',
      'briefbook://evil/index.html',
      '',
      null,
      undefined,
    ]) {
      assert.equal(isAppUrl(url), false, String(url));
    }
  });

  test('every response of the interface carries the CSP and nosniff', () => {
    const headers = appResponseHeaders(join(root, 'index.html'));
    assert.equal(headers['Content-Security-Policy'], CONTENT_SECURITY_POLICY);
    assert.equal(headers['X-Content-Type-Options'], 'nosniff');
    assert.equal(headers['Content-Type'], 'text/html; charset=utf-8');
    assert.equal(appResponseHeaders(join(root, 'x.exe'))['Content-Type'], 'application/octet-stream');
  });
});

describe('links to the outside world', () => {
  test('only plain https links may be offered to the system browser', () => {
    assert.equal(vetExternalUrl('https://www.mofa.go.kr/eng/index.do'), 'https://www.mofa.go.kr/eng/index.do');
    for (const bad of [
      'http://www.mofa.go.kr/',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'smb://attacker/share',
      'ms-msdt:/id PCWDiagnostic',
      'data:text/html,<script>alert(1)</script>',
      'https://user:password@example.com/',
      `https://example.com/${'a'.repeat(3000)}`,
      'not a url',
    ]) {
      assert.equal(vetExternalUrl(bad), null, `${bad.slice(0, 60)} was allowed`);
    }
  });
});

describe('files the system asks Briefbook to open', () => {
  const dir = tempDir();
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('are existing books and records from the command line, never flags or other files', () => {
    writeFileSync(join(dir, 'Visit.briefbook'), '{}');
    writeFileSync(join(dir, 'readout.txt'), 'text');
    writeFileSync(join(dir, 'tool.exe'), 'MZ');
    const argv = [
      '/usr/bin/briefbook',
      '--remote-debugging-port=9222',
      'Visit.briefbook',
      join(dir, 'readout.txt'),
      'tool.exe',
      'missing.briefbook',
    ];
    assert.deepEqual(filesFromArgv(argv, dir), [join(dir, 'Visit.briefbook'), join(dir, 'readout.txt')]);
  });
});
