// Settings → The desk server: an officer joins the desk's server with the token the administrator
// issued. An address that is not encrypted, or a server that cannot be reached, is refused in words,
// and the library stays as it was (not joined, so the sidebar shows no desk status).
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, hostCall, test } from './fixtures.ts';

const SHOTS = process.env.BRIEFBOOK_SHOTS ?? '/tmp/shots';

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

test('joining the desk: a plain address and an unreachable server are refused in words, and nothing is joined', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: /Settings/ }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByRole('heading', { name: 'The desk server' })).toBeVisible();
  const join = settings.getByRole('button', { name: 'Join the desk' });
  await expect(join).toBeDisabled();

  await settings.getByLabel('Server address').fill('ws://desk.example.org:8443');
  await settings.getByLabel('Your token').fill('a-token-from-the-administrator');
  await join.click();
  await expect(settings.getByRole('alert')).toContainText('must start with wss://');

  const port = await closedPort();
  await settings.getByLabel('Server address').fill(`ws://127.0.0.1:${port}`);
  await join.click();
  await expect(settings.getByRole('alert')).toContainText('could not join: the desk server');
  await expect(settings.getByRole('alert')).not.toContainText(/INTERNAL|Error:|\n\s+at /);
  await shot(page, 'settings-desk-unreachable');

  const status = await hostCall(app)('desk.status', {});
  expect(status.ok && status.value.joined).toBe(false);
  await expect(page.locator('.desk-status')).toHaveCount(0);
});
