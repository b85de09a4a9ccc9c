// Browser end-to-end tests: each test file starts the browser host (`briefbook serve`) for a
// fresh data folder through the fixture in e2e/fixtures.ts. Electron specs (electron*.spec.ts)
// belong to another project and are not matched here.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './e2e/chromium.ts';

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    viewport: { width: 1360, height: 860 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    {
      name: 'browser',
      testMatch: /.*\.spec\.ts$/,
      testIgnore: /(^|[\\/])electron[^\\/]*\.spec\.ts$/,
    },
    // The Electron smoke tests: they launch the real desktop shell with _electron.launch() where the
    // Electron binary is installed, and report themselves skipped (with the reason) where it is not.
    {
      name: 'electron',
      testMatch: /(^|[\\/])electron[^\\/]*\.spec\.ts$/,
    },
  ],
});
