import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockExternalRequests, type ExtensionBrowser, launchChromium } from '../../tools/chromium';
import { askPageRoles } from '../../tools/extension-driver';
import { REALPAGES } from '../../tools/paths';
import { readPainted } from '../../tools/page-probes';
import { startServer, type TestServer } from '../../tools/test-server';

/**
 * RoleLens on the real saved job-board and article pages in ../shared/realpages (read at run time):
 * every page is read to the end, what is found is reported, and nothing the extension does logs an
 * error. Requests other than to the local server are refused.
 */
const PAGES = readdirSync(REALPAGES)
  .filter((f) => f.endsWith('.html'))
  .sort();
const found: Record<string, string> = {};

let server: TestServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  await blockExternalRequests(browser.context);
});

afterAll(async () => {
  console.table(found);
  await browser?.close();
  await server?.close();
});

describe('real pages', () => {
  it('are all there', () => expect(PAGES.length).toBeGreaterThanOrEqual(20));

  it.each(PAGES)('%s: read to the end with no error from the extension', async (file) => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on(
      'console',
      (m) => m.type() === 'error' && m.location().url.startsWith('chrome-extension://') && errors.push(m.text()),
    );
    page.on('pageerror', (e) => String(e.stack).includes('chrome-extension://') && errors.push(e.message));
    await page.goto(server.url(`/realpages/${file}`), { waitUntil: 'load' });
    await expect
      .poll(async () => (await askPageRoles(browser, page))?.complete, { timeout: 30_000, interval: 100 })
      .toBe(true);
    const roles = await askPageRoles(browser, page);
    const painted = await readPainted(page);
    expect(painted.length).toBe(roles?.roles.reduce((n, r) => n + r.count, 0));
    found[file] = roles?.roles.map((r) => `${r.roleId} ${r.count}`).join(', ') || '(none)';
    expect(errors).toEqual([]);
    await page.close();
  });
});
