import type { Page, Worker } from 'playwright-core';
import type { PageRoles } from '../lib/messages';
import type { ExtensionBrowser } from './chromium';
import { CHROME_BUILD } from './paths';

/** The slice of the `chrome` API the tests call inside the extension's service worker. */
interface ChromeInWorker {
  storage: { sync: { set(values: object): Promise<void>; get(keys: null): Promise<object>; clear(): Promise<void> } };
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown, options?: object): Promise<unknown>;
  };
}

/** Writes settings as the popup and options page do: into storage.sync, which content scripts watch. */
export async function setSyncStorage(browser: ExtensionBrowser, values: Record<string, unknown>): Promise<void> {
  await browser.worker?.evaluate(
    async (v) => (globalThis as unknown as { chrome: ChromeInWorker }).chrome.storage.sync.set(v),
    values,
  );
}

export async function clearSyncStorage(browser: ExtensionBrowser): Promise<void> {
  await browser.worker?.evaluate(async () =>
    (globalThis as unknown as { chrome: ChromeInWorker }).chrome.storage.sync.clear(),
  );
}

/**
 * Asks a page's content script what it found, as the popup does (the `getPageRoles` message to the
 * active tab: RoleLens has no permission to read tab addresses, so the page is brought to the front
 * first). Undefined while no content script answers yet (page still loading).
 */
export async function askPageRoles(browser: ExtensionBrowser, page: Page): Promise<PageRoles | undefined> {
  await page.bringToFront();
  return browser.worker?.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return undefined;
    try {
      return (await chrome.tabs.sendMessage(
        tab.id,
        { rolelens: 'getPageRoles', data: undefined },
        { frameId: 0 },
      )) as PageRoles;
    } catch {
      return undefined;
    }
  });
}

/**
 * Updates the extension under the open pages, as the browser does when a new version arrives: the
 * build is loaded again (DevTools protocol `Extensions.loadUnpacked` on the same folder, so the id
 * stays), the old service worker and content scripts are orphaned and `runtime.onInstalled` fires
 * with reason "update". Returns the new service worker.
 */
export async function updateExtension(browser: ExtensionBrowser, folder = CHROME_BUILD): Promise<Worker> {
  const old = browser.worker;
  const session = await browser.context.browser()?.newBrowserCDPSession();
  if (!session) throw new Error('no browser-level DevTools session');
  // (Extensions is a browser-level domain that Playwright's typings do not list.)
  await session.send('Extensions.loadUnpacked' as 'Browser.getVersion', { path: folder } as never);
  await session.detach();
  for (let waited = 0; waited < 30_000; waited += 50) {
    const fresh = browser.context.serviceWorkers().find((w) => w !== old && w.url().startsWith('chrome-extension://'));
    if (fresh) return fresh;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the updated extension’s service worker did not start');
}
