// `npm run audit`: the static Electron security audit (@doyensec/electronegativity) over the Electron
// shell's sources, fully offline. Exits 1 on any finding above LOW that is not in the allow-list below;
// every allowed finding is explained in the README's Security section.
//
// Offline: electronegativity fetches translations and Electron's release list with `got` at start. We
// load it with `got` answering "offline" at once (no socket is ever opened), skip the release-list
// check (the Electron version is npm's business: `npm outdated electron`), and give the Electron
// version from node_modules. Its TypeScript fallback parser needs the TypeScript JS API, which
// TypeScript 7 no longer has; Babel (its first choice for .ts) parses our sources, so the fallback is
// replaced by one that says so.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const json = process.argv.includes('--json');
// --input DIR scans another folder (the tests use it to prove an insecure window is caught).
const inputArg = process.argv.indexOf('--input');
const input =
  inputArg > 0 && process.argv[inputArg + 1] ? join(process.cwd(), process.argv[inputArg + 1]) : join(root, 'electron');
// Never hang: a wedged scan fails the audit instead of blocking `npm test`.
setTimeout(() => {
  console.error('The security audit did not finish within 60 seconds.');
  process.exit(2);
}, 60_000).unref();

/** Findings that are understood and accepted: check id + file, with the reason (also in the README). */
export const ALLOWED = [
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'electron/main/window.ts',
    reason: 'The preload is our own bundled file; it exposes one function per API method and nothing from Node.',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/window.ts',
    reason:
      'shell.openExternal is reached only through vetExternalUrl (https only, no credentials) and after the user agrees in a native dialog.',
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    file: 'electron/main/window.ts',
    reason: 'A middle click opens a new window, which the window-open handler of every webContents denies.',
  },
];

const SEVERITY = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

const engineRequire = createRequire(join(root, 'node_modules/@doyensec/electronegativity/dist/parser/parser.js'));
const stub = (id, exports) => {
  const file = engineRequire.resolve(id);
  engineRequire.cache[file] = {
    id: file,
    filename: file,
    loaded: true,
    exports,
  };
};
const offline = Object.assign(() => Promise.reject(new Error('Briefbook audit runs offline')), {});
offline.head = offline;
offline.get = offline;
offline.default = offline;
stub('got', offline);
stub('@typescript-eslint/typescript-estree', {
  parse() {
    throw new Error('the TypeScript fallback parser is not available (TypeScript 7 has no JS API); Babel parses these files');
  },
});

// Quiet the engine's own console lines ("Could not retrieve updated translations…") unless verbose.
const log = console.log;
if (!process.argv.includes('--verbose')) console.log = () => {};
const runModule = engineRequire('../runner.js');
const run = runModule.default ?? runModule;
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
let result;
try {
  result = await run(
    {
      input,
      customScan: [],
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      isRelative: false,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
} finally {
  console.log = log;
}

const findings = result.issues.map((i) => ({
  id: i.id,
  severity: i.severity.name,
  confidence: i.confidence.name,
  file: relative(root, i.file),
  line: i.location?.line ?? 0,
  description: String(i.description ?? '').trim(),
  manualReview: Boolean(i.manualReview),
}));
const isAllowed = (f) => ALLOWED.some((a) => a.id === f.id && a.file === f.file);
const blocking = findings.filter((f) => (SEVERITY[f.severity] ?? 3) > SEVERITY.LOW && !isAllowed(f));
const parseErrors = result.errors.filter((e) => !e.tolerable);
// An allow-list entry nothing matches any more is stale: drop it, so the list never hides a new finding.
const stale =
  input === join(root, 'electron') ? ALLOWED.filter((a) => !findings.some((f) => f.id === a.id && f.file === a.file)) : [];

if (json) {
  log(
    JSON.stringify(
      {
        electronVersion,
        checks: result.atomicChecks + result.globalChecks,
        findings,
        blocking,
        parseErrors,
        stale,
      },
      null,
      2,
    ),
  );
} else {
  log(
    `Electronegativity ${electronVersion ? `for Electron ${electronVersion}` : ''}: ${result.atomicChecks + result.globalChecks} checks over ${relative(root, input) || input}/`,
  );
  for (const f of findings) {
    const status = isAllowed(f) ? 'allowed' : (SEVERITY[f.severity] ?? 3) > SEVERITY.LOW ? 'BLOCKING' : 'low';
    log(`  ${status.padEnd(8)} ${f.severity.padEnd(13)} ${f.id} ${f.file}:${f.line}`);
  }
  for (const a of stale) log(`  stale allow-list entry: ${a.id} ${a.file}`);
  for (const e of parseErrors) log(`  could not parse ${relative(root, e.file)}: ${e.message}`);
  log(
    blocking.length || parseErrors.length || stale.length
      ? `${blocking.length} finding(s) above LOW to fix or explain.`
      : 'No unexplained finding above LOW.',
  );
}
process.exit(blocking.length || parseErrors.length || stale.length ? 1 : 0);
