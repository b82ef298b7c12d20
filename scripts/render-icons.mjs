// Renders assets/icon.svg to the PNG sizes the stores and browsers ask for (16, 32, 48, 96, 128).
// Run by hand after changing the SVG: `node scripts/render-icons.mjs`. Needs Debian's chromium.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const path = new URL(`../public/icon/${size}.png`, import.meta.url).pathname;
    await page.locator('svg').screenshot({ path, omitBackground: true });
    console.log('wrote', path);
  }
} finally {
  await browser.close();
}
