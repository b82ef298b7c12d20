import { readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockExternalRequests, type ExtensionBrowser, launchChromium } from '../../tools/chromium';
import { askPageRoles } from '../../tools/extension-driver';
import { cardVisible, mentionPoint, readPainted } from '../../tools/page-probes';
import { FIXTURE_PAGES } from '../../tools/paths';
import { startServer, type TestServer } from '../../tools/test-server';

/**
 * RoleLens sends nothing anywhere. Every request the browser makes is recorded — from web pages
 * (where content scripts run), extension pages and the service worker — while the fixture pages are
 * browsed, cards opened, and the popup, compare page and glossary used. The same pages are browsed
 * without the extension; the requests must be the same, and extension pages and the worker must ask
 * for nothing but the extension's own files. Two canary requests, made from the service worker and
 * from the content script's own world, prove the recorder sees both.
 */

const POLL = { timeout: 15_000, interval: 50 };
const PAGES = readdirSync(FIXTURE_PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort();

interface Recorded {
  /** "worker", "extension page" or "web page". */
  readonly from: string;
  readonly url: string;
}

let server: TestServer;
let withExtension: ExtensionBrowser;
let withoutExtension: ExtensionBrowser;
const recorded = new Map<ExtensionBrowser, Recorded[]>();

async function record(browser: ExtensionBrowser): Promise<void> {
  const log: Recorded[] = [];
  recorded.set(browser, log);
  browser.context.on('request', (request) => {
    const frameUrl = request.serviceWorker() ? undefined : request.frame().url();
    const from =
      frameUrl === undefined ? 'worker' : frameUrl.startsWith('chrome-extension://') ? 'extension page' : 'web page';
    log.push({ from, url: request.url().replace(`:${server.port}`, ':PORT') });
  });
  await blockExternalRequests(browser.context);
}

beforeAll(async () => {
  server = await startServer();
  [withExtension, withoutExtension] = await Promise.all([launchChromium(), launchChromium({ extension: false })]);
  await Promise.all([record(withExtension), record(withoutExtension)]);
});

afterAll(async () => {
  await Promise.all([withExtension?.close(), withoutExtension?.close()]);
  await server?.close();
});

/** Runs code in RoleLens's content-script world of a page (DevTools protocol), as the content script. */
async function inContentScriptWorld(context: BrowserContext, page: Page, expression: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context as (typeof worlds)[number]));
  await cdp.send('Runtime.enable');
  const own = worlds.find((w) => w.origin.startsWith('chrome-extension://') && w.auxData?.type === 'isolated');
  if (!own) throw new Error('no content-script world in the page');
  await cdp.send('Runtime.evaluate', { contextId: own.id, expression, awaitPromise: true });
  await cdp.detach();
}

async function browse(browser: ExtensionBrowser, file: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(server.url(file), { waitUntil: 'load' });
  if (browser === withExtension) {
    await expect.poll(async () => (await askPageRoles(browser, page))?.complete, POLL).toBe(true);
    const first = (await readPainted(page))[0];
    const point = first && (await mentionPoint(page, first.text.replace(/\s+/g, ' ')));
    if (point) {
      await page.mouse.move(point.x, point.y);
      await expect.poll(() => cardVisible(page), POLL).toBe(true);
    }
  }
  await page.close();
}

describe('privacy', () => {
  it('the recorder sees requests from the service worker and from the content script (canaries)', async () => {
    const page = await withExtension.context.newPage();
    await page.goto(server.url('job-posting.html'));
    await expect.poll(async () => (await askPageRoles(withExtension, page))?.complete, POLL).toBe(true);
    await withExtension.worker?.evaluate(() => fetch('http://canary.invalid/from-worker').catch(() => undefined));
    await inContentScriptWorld(
      withExtension.context,
      page,
      "fetch('http://canary.invalid/from-content-script').catch(() => undefined)",
    );
    await expect
      .poll(() => recorded.get(withExtension)?.filter((r) => r.url.startsWith('http://canary.invalid/')))
      .toEqual([
        { from: 'worker', url: 'http://canary.invalid/from-worker' },
        { from: 'web page', url: 'http://canary.invalid/from-content-script' },
      ]);
    await page.close();
    recorded.get(withExtension)?.splice(0); // The canaries were ours, not RoleLens's.
    recorded.get(withoutExtension)?.splice(0);
  });

  it('browsing every fixture page with and without RoleLens makes exactly the same requests', async () => {
    for (const file of PAGES) await Promise.all([browse(withExtension, file), browse(withoutExtension, file)]);
    const webRequests = (browser: ExtensionBrowser) =>
      (recorded.get(browser) ?? [])
        .filter((r) => r.from === 'web page')
        .map((r) => r.url)
        .sort();
    expect(webRequests(withExtension)).toEqual(webRequests(withoutExtension));
    expect(
      webRequests(withExtension).every(
        (url) => url.startsWith('http://127.0.0.1:PORT/') || url.startsWith('http://localhost:PORT/'),
      ),
    ).toBe(true);
  });

  it('the popup, compare page, glossary and options page ask for nothing but the extension’s own files', async () => {
    const page = await withExtension.context.newPage();
    await page.goto(server.url('job-posting.html'));
    await expect.poll(async () => (await askPageRoles(withExtension, page))?.complete, POLL).toBe(true);
    const tabId = await withExtension.worker?.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
        .chrome;
      return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    });
    const popup = await withExtension.context.newPage();
    await popup.goto(withExtension.extensionUrl(`popup.html?tab=${tabId}`));
    const siteSwitch = popup.getByRole('switch', { name: 'Highlight roles on 127.0.0.1' });
    await siteSwitch.click();
    await expect.poll(() => siteSwitch.isChecked(), POLL).toBe(false);
    await siteSwitch.click();
    await expect.poll(() => siteSwitch.isChecked(), POLL).toBe(true);
    await popup
      .getByRole('button', { name: /Product Manager/ })
      .first()
      .click();
    await expect.poll(() => cardVisible(page), POLL).toBe(true);

    const compare = await withExtension.context.newPage();
    await compare.goto(withExtension.extensionUrl('compare.html?a=product-manager&b=product-owner'));
    await compare.getByRole('heading', { level: 1 }).first().waitFor();
    await compare.goto(withExtension.extensionUrl('compare.html?view=glossary'));
    await compare.getByRole('searchbox').fill('CPO');

    const options = await withExtension.context.newPage();
    await options.goto(withExtension.extensionUrl('options.html'));
    await options.getByLabel('Soft background').check();
    await options.getByLabel('Mark only the first mention of each role').check();
    await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('button', { name: 'Reset', exact: true }).click();
    await options.getByText('Every option is back to its default.').waitFor();
    await Promise.all([popup.close(), compare.close(), options.close(), page.close()]);

    const log = recorded.get(withExtension) ?? [];
    expect(log.filter((r) => r.from === 'extension page').length).toBeGreaterThan(0);
    expect(log.filter((r) => r.from !== 'web page' && !r.url.startsWith('chrome-extension://'))).toEqual([]);
  });
});
