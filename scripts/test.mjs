// `npm test`: type check, unit and integration tests (node:test), then the end-to-end tests
// (Playwright in Chromium against the browser host, and the Electron smoke test). Ends with one
// line "N passed, N failed[, N skipped]" counting every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const node = process.execPath;
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function step(title, args, env = {}) {
  console.log(`\n=== ${title}`);
  const r = spawnSync(node, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(title, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(title);
  }
}

const only = process.argv[2]; // "unit", "desk" or "e2e" to run one part

if (!only) {
  check('type check (tsc)', step('Type check', [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.']));
  // Lint holds the house's rules: no import cycles, and which folders may import electron, node:* or
  // the services (biome.json). A wrong import fails here, not in a review.
  check(
    'lint (biome)',
    step('Lint', [
      join(root, 'node_modules/@biomejs/biome/bin/biome'),
      'check',
      'electron',
      'renderer/src',
      'tests',
      'e2e',
      'scripts',
      'bench',
    ]),
  );
}

/** Runs node:test files and counts their results from the TAP report. */
function nodeTests(title, name, files, env = {}) {
  const tap = join(results, `${name}.tap`);
  step(
    title,
    [
      '--test',
      '--test-concurrency=2',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    env,
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (label) => Number(text.match(new RegExp(`^# ${label} (\\d+)`, 'm'))?.[1] ?? 0);
  if (!text) check(`${name} tests ran`, false);
  passed += count('pass');
  failed += count('fail') + count('cancelled');
  skipped += count('skipped') + count('todo');
  if (count('fail') + count('cancelled') > 0) failures.push(`${count('fail') + count('cancelled')} ${name} test(s)`);
}

if (!only || only === 'unit') {
  nodeTests('Unit, integration and robustness tests', 'unit', [
    'tests/unit/**/*.test.ts',
    // Generated hostile files, each held to the stated bound of time and memory.
    'tests/robustness/**/*.test.ts',
  ]);
}

if (!only || only === 'desk') {
  // A real PostgreSQL, a real desk server and several libraries. Without PostgreSQL these are
  // skipped (and counted so), unless BRIEFBOOK_DESK_TESTS=required (CI), where they fail.
  nodeTests('The desk (PostgreSQL, desk server, several laptops)', 'desk', ['tests/desk/**/*.test.ts']);
}

if (!only || only === 'e2e') {
  const builtOk = step('Build the interface', [
    join(root, 'node_modules/vite/bin/vite.js'),
    'build',
    '--config',
    'renderer/vite.config.ts',
    '--logLevel',
    'warn',
  ]);
  check('interface builds (vite)', builtOk);
  if (builtOk) {
    step('End-to-end tests (Playwright, Chromium)', [join(root, 'node_modules/@playwright/test/cli.js'), 'test']);
    const report = join(results, 'e2e.json');
    if (!existsSync(report)) check('end-to-end tests ran', false);
    else {
      const { stats } = JSON.parse(readFileSync(report, 'utf8'));
      passed += stats.expected + stats.flaky;
      failed += stats.unexpected;
      skipped += stats.skipped;
      if (stats.unexpected > 0) failures.push(`${stats.unexpected} end-to-end test(s)`);
    }
  }
}

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
