// Renders assets/build/icon.svg to the PNG sizes the installers use, with the system Chromium:
// `node assets/build/render-icons.mjs`. electron-builder makes .ico and .icns from icon.png (1024 px).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const dir = import.meta.dirname;
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
    });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`)}</body></html>`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'icons', `${size}x${size}.png`), png);
    if (size === 1024) writeFileSync(join(dir, 'icon.png'), png);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('Rendered assets/build/icon.png and assets/build/icons/*.png');
