import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchChromium } from '../../tools/chromium';
import { askPageRoles, setSyncStorage, updateExtension } from '../../tools/extension-driver';
import { paintedCount, paintedVersusExpected } from '../../tools/page-probes';
import { startServer, type TestServer } from '../../tools/test-server';

/**
 * Settings as the browser stores them, including values RoleLens did not write: corrupted, foreign or
 * from another version. The content script and popup must keep working with what is valid.
 */

const POLL = { timeout: 15_000, interval: 50 };

let server: TestServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Logged {
  readonly errors: string[];
  readonly warnings: string[];
}

async function open(url: string): Promise<{ page: Page; logged: Logged }> {
  const page = await browser.context.newPage();
  const logged: Logged = { errors: [], warnings: [] };
  page.on('console', (m) => {
    if (!m.location().url.startsWith('chrome-extension://')) return;
    if (m.type() === 'error') logged.errors.push(m.text());
    if (m.type() === 'warning') logged.warnings.push(m.text());
  });
  page.on('pageerror', (e) => String(e.stack).includes('chrome-extension://') && logged.errors.push(e.message));
  await page.goto(url);
  return { page, logged };
}

async function storedSync(): Promise<Record<string, unknown>> {
  return (await browser.worker?.evaluate(async () =>
    (
      globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<object> } } } }
    ).chrome.storage.sync.get(null),
  )) as Record<string, unknown>;
}

describe('corrupted and foreign settings', () => {
  it('keep what is valid, fall back for the rest with one warning, and never stop the page or popup', async () => {
    await setSyncStorage(browser, {
      enabled: 'yes please',
      enabled$: 'not metadata',
      // Junk around one valid site, from a "newer version" this one has never heard of.
      disabledSites: [42, null, { host: 'x' }, 'not a host', '<script>', 'localhost', 'a'.repeat(300)],
      disabledSites$: { v: 99 },
      someoneElsesKey: { nested: [1, 2, 3] },
    });
    const on = await open(server.url('job-posting.html'));
    const off = await open(`${server.otherOrigin}/job-posting.html`);
    await expect.poll(() => paintedVersusExpected(on.page), POLL).toEqual([]);
    // localhost is on the (valid part of the) list: nothing is painted there, and it stays that way.
    await expect.poll(async () => (await askPageRoles(browser, off.page))?.active, POLL).toBe(false);
    await expect.poll(() => on.logged.warnings.length, POLL).toBe(1);
    expect(on.logged.warnings[0]).toMatch(/invalid stored settings \(enabled, disabledSites\)/);
    expect(await paintedCount(off.page)).toBe(0);
    expect([...on.logged.errors, ...off.logged.errors]).toEqual([]);

    // The popup opens on the page and its switch works; what it writes is valid again.
    const popup = await browser.context.newPage();
    const popupErrors: string[] = [];
    popup.on('pageerror', (e) => popupErrors.push(e.message));
    popup.on('console', (m) => m.type() === 'error' && popupErrors.push(m.text()));
    await on.page.bringToFront();
    const tabId = await browser.worker?.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
        .chrome;
      return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    });
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    const siteSwitch = popup.getByRole('switch', { name: 'Highlight roles on 127.0.0.1' });
    await expect.poll(() => siteSwitch.isChecked(), POLL).toBe(true);
    await siteSwitch.click();
    await expect.poll(() => paintedCount(on.page), POLL).toBe(0);
    const stored = await storedSync();
    expect(stored.disabledSites).toEqual(['127.0.0.1', 'localhost']);
    expect(stored.disabledSites$).toEqual({ v: 2 });
    expect(popupErrors).toEqual([]);
    await Promise.all([popup.close(), on.page.close(), off.page.close()]);
    await browser.worker?.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }
      ).chrome.storage.sync.clear(),
    );
  });

  it('never stop the options page: it shows what is valid, defaults for the rest, and saves valid values', async () => {
    await setSyncStorage(browser, {
      hoverDelayMs: 'fast',
      highlightStyle: { neon: true },
      cardTheme: 'dark',
      disabledSites: ['indeed.com', 7, 'bad host!'],
      corrections: { 'example.com': { PM: { kind: 'role', roleId: 'not-a-role' } }, 'jobs.test': 'PM' },
      firstMentionOnly$: { v: 'x' },
    });
    const options = await browser.context.newPage();
    const errors: string[] = [];
    options.on('pageerror', (e) => errors.push(e.message));
    options.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByRole('heading', { name: 'RoleLens options' }).waitFor();
    expect(await options.getByLabel('Wait before opening the card').inputValue()).toBe('350');
    expect(await options.getByLabel('Dotted underline').isChecked()).toBe(true);
    expect(await options.getByLabel('Dark', { exact: true }).isChecked()).toBe(true);
    await expect(
      options.getByRole('list', { name: 'Sites where RoleLens is off' }).getByRole('listitem').allTextContents(),
    ).resolves.toEqual(['indeed.comRemove']);
    await options.getByText('None yet.', { exact: false }).waitFor();
    await options.getByLabel('Soft background').check();
    await expect.poll(async () => (await storedSync()).highlightStyle, POLL).toBe('background');
    expect(errors).toEqual([]);
    await options.close();
    await browser.worker?.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }
      ).chrome.storage.sync.clear(),
    );
  });

  it('cannot be given a 100,000-entry site list: the browser refuses it, and RoleLens keeps working', async () => {
    const huge = Array.from({ length: 100_000 }, (_, i) => `site${i}.example`);
    const refused = await browser.worker?.evaluate(async (sites) => {
      const chrome = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } })
        .chrome;
      return chrome.storage.sync.set({ disabledSites: sites }).then(
        () => 'stored',
        (e: Error) => e.message,
      );
    }, huge);
    expect(refused).toMatch(/quota/i);
    const { page, logged } = await open(server.url('job-posting.html'));
    await expect.poll(() => paintedVersusExpected(page), POLL).toEqual([]);
    expect(logged.errors).toEqual([]);
    await page.close();
  });
});

describe('settings from an older version', () => {
  it('are read through the migrations at once, and written back converted after the update', async () => {
    // Version 1 kept hostnames as the browser gave them.
    await setSyncStorage(browser, { disabledSites: ['WWW.LOCALHOST.'] });
    const off = await open(`${server.otherOrigin}/job-posting.html`);
    const on = await open(server.url('job-posting.html'));
    await expect.poll(() => paintedVersusExpected(on.page), POLL).toEqual([]);
    await expect.poll(async () => (await askPageRoles(browser, off.page))?.active, POLL).toBe(false);
    expect([...off.logged.warnings, ...on.logged.warnings]).toEqual([]);

    const worker = await updateExtension(browser);
    await expect
      .poll(() =>
        worker.evaluate(async () =>
          (
            globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<object> } } } }
          ).chrome.storage.sync.get(null),
        ),
      )
      .toEqual({ disabledSites: ['localhost'], disabledSites$: { v: 2 } });
    await Promise.all([on.page.close(), off.page.close()]);
  });
});
