// The static Electron security audit runs offline inside `npm test`: the shell has no finding above LOW
// that is not explained, and the audit really does catch an insecure window.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');

type Finding = { id: string; severity: string; file: string; line: number };
type Report = {
  electronVersion: string;
  checks: number;
  findings: Finding[];
  blocking: Finding[];
  parseErrors: unknown[];
  stale: unknown[];
};

function audit(...args: string[]): {
  status: number | null;
  report: Report;
  stderr: string;
  ms: number;
} {
  const started = Date.now();
  // No network: a proxy that does not exist makes any attempted request fail at once instead of leaking.
  const r = spawnSync(process.execPath, ['scripts/audit.mjs', '--json', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 90_000,
    env: {
      ...process.env,
      HTTPS_PROXY: 'http://127.0.0.1:9',
      HTTP_PROXY: 'http://127.0.0.1:9',
      NO_PROXY: '',
    },
  });
  assert.ok(r.stdout, `the audit printed nothing: ${r.stderr}`);
  return {
    status: r.status,
    report: JSON.parse(r.stdout) as Report,
    stderr: r.stderr,
    ms: Date.now() - started,
  };
}

test('the Electron shell passes the security audit, offline, with every accepted finding explained', () => {
  const { status, report, ms } = audit();
  assert.equal(
    report.electronVersion,
    JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version,
  );
  assert.ok(report.checks > 30, `only ${report.checks} checks ran`);
  assert.deepEqual(report.parseErrors, [], 'some Electron sources could not be parsed, so were not audited');
  assert.deepEqual(report.blocking, [], `unexplained findings: ${JSON.stringify(report.blocking)}`);
  assert.deepEqual(report.stale, [], 'the allow-list names findings that no longer occur');
  assert.equal(status, 0);
  assert.ok(ms < 60_000, `the audit took ${ms} ms`);

  // Every allowed finding has its reason in the README's Security section.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const security = readme.slice(readme.indexOf('## Security'));
  for (const f of report.findings.filter((x) => x.severity !== 'LOW' && x.severity !== 'INFORMATIONAL')) {
    assert.ok(security.includes(f.id), `${f.id} is allowed but not explained in the README's Security section`);
  }
});

test('the audit fails an app that turns on Node in the renderer, turns off isolation or loads remote pages', () => {
  const { status, report } = audit('--input', 'tests/fixtures/malicious/insecure-electron');
  assert.equal(status, 1);
  const ids = new Set(report.blocking.map((f) => f.id));
  for (const id of [
    'CONTEXT_ISOLATION_JS_CHECK',
    'SANDBOX_JS_CHECK',
    'WEB_SECURITY_JS_CHECK',
    'HTTP_RESOURCES_JS_CHECK',
    'LIMIT_NAVIGATION_GLOBAL_CHECK',
  ]) {
    assert.ok(ids.has(id), `${id} was not reported`);
  }
});
