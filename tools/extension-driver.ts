import type { Page } from 'playwright-core';
import type { PageRoles } from '../lib/messages';
import type { ExtensionBrowser } from './chromium';

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
