// The installers: electron-builder.yml makes every laptop's installer with the icon, the .briefbook
// association, the fonts and sample records, and nothing of the development tree; the Electron
// bundles build, and only the main process and preload talk to Electron.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { before, describe, test } from 'node:test';
import { FONT_FILE_NAMES } from '../../electron/node/pdf/fonts.ts';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(join(root, 'package.json'));

type FileSet = { from: string; to: string; filter?: string[] };
type BuilderConfig = {
  appId: string;
  productName: string;
  directories: { buildResources: string; output: string };
  files: (string | { filter: string[] })[];
  asarUnpack: string[];
  extraResources: FileSet[];
  fileAssociations: { ext: string; name: string; role?: string }[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string };
  win: { target: string; icon: string };
  mac: { target: string; icon: string };
};

async function loadConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = require('builder-util');
  const config = await getConfig(root, 'electron-builder.yml', null);
  // electron-builder's own schema: a misspelt key or a wrong type fails here, not on a release machine.
  await validateConfiguration(config, new DebugLogger(false));
  return config as BuilderConfig;
}

/** Minimal glob matching for electron-builder's patterns (** any depth, * within a segment). */
function matches(pattern: string, path: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\/?/g, '§')
    .replace(/\*/g, '[^/]*')
    .replace(/§/g, '.*');
  return new RegExp(`^${re}$`).test(path);
}
function included(files: BuilderConfig['files'], path: string): boolean {
  let inside = false;
  // electron-builder normalises the list to [{filter: [...]}].
  for (const p of files.flatMap((f) => (typeof f === 'string' ? [f] : f.filter))) {
    if (p.startsWith('!')) {
      if (matches(p.slice(1), path)) inside = false;
    } else if (matches(p, path)) inside = true;
  }
  return inside;
}

/** Every package pdfkit needs at run time, found the way Node finds them. */
function dependencyClosure(name: string): string[] {
  const seen = new Set<string>();
  const walk = (pkg: string, from: string) => {
    let dir = from;
    let found: string | null = null;
    while (true) {
      const candidate = join(dir, 'node_modules', pkg, 'package.json');
      if (existsSync(candidate)) {
        found = candidate;
        break;
      }
      if (dirname(dir) === dir) break;
      dir = dirname(dir);
    }
    assert.ok(found, `${pkg} is not installed`);
    const pkgDir = relative(root, dirname(found));
    if (seen.has(pkgDir)) return;
    seen.add(pkgDir);
    const deps = Object.keys(JSON.parse(readFileSync(found, 'utf8')).dependencies ?? {});
    for (const d of deps) walk(d, dirname(found));
  };
  walk(name, root);
  return [...seen];
}

describe('the installers (electron-builder.yml)', () => {
  let config: BuilderConfig;
  before(async () => {
    config = await loadConfig();
  });

  test('make a Linux AppImage and .deb, a Windows NSIS installer and a macOS dmg named Briefbook', () => {
    assert.equal(config.appId, 'org.briefbook.desktop');
    assert.equal(config.productName, 'Briefbook');
    assert.deepEqual(config.linux.target, ['AppImage', 'deb']);
    assert.equal(config.win.target, 'nsis');
    assert.equal(config.mac.target, 'dmg');
  });

  test('use the Briefbook icon, at the sizes each system needs', () => {
    assert.equal(config.directories.buildResources, 'assets/build');
    for (const icon of [config.win.icon, config.mac.icon]) assert.ok(existsSync(join(root, icon)), `${icon} is missing`);
    const png = readFileSync(join(root, 'assets/build/icon.png'));
    assert.equal(png.readUInt32BE(16), 1024, 'icon.png must be 1024 px wide (macOS makes its .icns from it)');
    assert.equal(png.readUInt32BE(20), 1024);
    const sizes = readdirSync(join(root, config.linux.icon));
    for (const size of ['16x16.png', '32x32.png', '48x48.png', '256x256.png', '512x512.png'])
      assert.ok(sizes.includes(size), `${size} is missing`);
  });

  test('open .briefbook files with Briefbook', () => {
    assert.deepEqual(
      config.fileAssociations.map((a) => a.ext),
      ['briefbook'],
    );
    assert.equal(config.fileAssociations[0]?.role, 'Editor');
  });

  test('pack the bundles and the built interface, and nothing of the development tree', () => {
    for (const path of [
      'package.json',
      'dist-electron/main.cjs',
      'dist-electron/preload.cjs',
      'dist-electron/pdf-worker.cjs',
      'renderer/dist/index.html',
      'renderer/dist/assets/index-abc.js',
    ]) {
      assert.ok(included(config.files, path), `${path} would be left out`);
    }
    for (const path of [
      'electron/main/main.ts',
      'renderer/src/App.tsx',
      'tests/unit/builder.test.ts',
      'tests/fixtures/malicious/script.html',
      'e2e/story.spec.ts',
      'dist-electron/main.cjs.map',
      'renderer/dist/assets/index-abc.js.map',
      'node_modules/@expo-google-fonts/noto-sans-kr/100Thin/NotoSansKR_100Thin.ttf',
      'node_modules/react-dom/cjs/react-dom.production.js',
      'bench/export.mjs',
      'scripts/audit.mjs',
    ]) {
      assert.ok(!included(config.files, path), `${path} would be packed`);
    }
  });

  test('ship the PDF fonts and the sample records as plain files beside the app', () => {
    const fonts = config.extraResources.filter((r) => r.to.startsWith('fonts/'));
    assert.deepEqual(fonts.map((r) => r.to.slice('fonts/'.length)).sort(), [...FONT_FILE_NAMES].sort());
    for (const r of fonts) assert.ok(existsSync(join(root, r.from)), `${r.from} does not exist`);
    const records = config.extraResources.find((r) => r.to === 'assets/records');
    assert.ok(records && existsSync(join(root, records.from)) && readdirSync(join(root, records.from)).length > 0);
    // main.ts points the services at exactly these folders in a packaged app.
    const main = readFileSync(join(root, 'electron/main/main.ts'), 'utf8');
    assert.match(main, /BRIEFBOOK_FONTS_DIR \?\?= join\(resources, 'fonts'\)/);
    assert.match(main, /BRIEFBOOK_ASSETS \?\?= join\(resources, 'assets'\)/);
  });

  test('keep the PDF worker and everything pdfkit loads outside the archive, where a worker thread reads them', () => {
    assert.ok(config.asarUnpack.includes('dist-electron/pdf-worker.cjs'));
    for (const pkg of dependencyClosure('pdfkit')) {
      assert.ok(
        config.asarUnpack.some((p) => matches(p, `${pkg}/package.json`)),
        `${pkg} (needed by pdfkit) is not unpacked`,
      );
    }
  });

  test('flip the Electron fuses that would let another program run code as Briefbook', () => {
    assert.equal(config.electronFuses.runAsNode, false);
    assert.equal(config.electronFuses.enableNodeOptionsEnvironmentVariable, false);
    assert.equal(config.electronFuses.enableNodeCliInspectArguments, false);
    assert.equal(config.electronFuses.onlyLoadAppFromAsar, true);
    assert.equal(config.electronFuses.grantFileProtocolExtraPrivileges, false);
  });

  test('npm run dist builds everything first, then packages', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.match(pkg.scripts.dist, /npm run build && electron-builder --config electron-builder\.yml/);
    assert.equal(pkg.main, 'dist-electron/main.cjs');
  });
});

describe('the Electron bundles (esbuild)', () => {
  before(() => {
    const r = spawnSync(process.execPath, ['scripts/build-electron.mjs'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(r.status, 0, r.stderr);
  });
  const bundle = (name: string) => readFileSync(join(root, 'dist-electron', name), 'utf8');
  const requires = (code: string) => new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1] as string));

  test('only the main process and the preload require Electron; the PDF worker never does', () => {
    assert.ok(requires(bundle('main.cjs')).has('electron'));
    assert.ok(requires(bundle('preload.cjs')).has('electron'));
    assert.ok(!requires(bundle('pdf-worker.cjs')).has('electron'), 'the PDF worker requires electron');
  });

  test('the sandboxed preload requires nothing but Electron', () => {
    assert.deepEqual([...requires(bundle('preload.cjs'))], ['electron']);
  });

  test('the main process and worker leave only pdfkit outside the bundle, which the package unpacks', () => {
    for (const name of ['main.cjs', 'pdf-worker.cjs']) {
      const outside = [...requires(bundle(name))].filter(
        (m) => !m.startsWith('node:') && !require('node:module').builtinModules.includes(m),
      );
      for (const m of outside) {
        // Optional modules some libraries probe for inside try/catch are fine when absent.
        if (['canvas', 'cssstyle', 'electron'].includes(m)) continue;
        assert.ok(['pdfkit', 'fontkit'].includes(m), `${name} needs ${m} from node_modules at run time`);
      }
    }
  });

  test('import.meta.url points at the bundle itself, so files beside it are found', () => {
    assert.ok(!/import\.meta/.test(bundle('main.cjs').replace(/\/\/.*$/gm, '')), 'import.meta left in the CommonJS bundle');
  });
});
