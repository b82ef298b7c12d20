import { browser } from '#imports';
import { sendToTab } from './messages';
import { readSettings, saveSetting } from './settings';
import { isSiteEnabled, siteKey, withSite } from './site-switch';

/**
 * What RoleLens does for its keyboard commands (manifest `commands`) and context-menu items. The
 * background's listeners call these, and so does the `runCommand` / `runMenuAction` message (the tests
 * and any extension page), so every path runs the same code.
 */

/** Manifest command names. */
export const COMMANDS = {
  toggleSite: 'toggle-site',
  next: 'next-mention',
  previous: 'previous-mention',
} as const;

/** Context-menu item ids. */
export const MENU_ITEMS = {
  explain: 'rolelens-explain',
  siteOff: 'rolelens-site-off',
} as const;

/** The site a tab shows, as the site switch keys it: from its content script, else from its address. */
async function siteOfTab(tabId: number): Promise<string | undefined> {
  const answer = await sendToTab(tabId, 'getPageRoles', undefined).catch(() => undefined);
  if (answer) return answer.site;
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  try {
    return tab?.url && /^(https?|file):/.test(tab.url) ? siteKey(new URL(tab.url).hostname) : undefined;
  } catch {
    return undefined;
  }
}

/** Switches RoleLens on or off for a site; content scripts in every tab of it follow at once. */
async function setSite(site: string, on: boolean): Promise<void> {
  const settings = await readSettings();
  await saveSetting('disabledSites', withSite(settings.disabledSites, site, on));
}

export async function runCommand(command: string, tabId: number): Promise<boolean> {
  switch (command) {
    case COMMANDS.toggleSite: {
      const site = await siteOfTab(tabId);
      if (site === undefined) return false;
      const settings = await readSettings();
      // With RoleLens paused everywhere, the site shortcut does not silently change the site list.
      if (!settings.enabled) return false;
      await setSite(site, !isSiteEnabled(site, settings));
      return true;
    }
    case COMMANDS.next:
    case COMMANDS.previous: {
      const direction = command === COMMANDS.next ? 1 : -1;
      const answer = await sendToTab(tabId, 'stepMention', { direction }).catch(() => undefined);
      return answer?.shown ?? false;
    }
    default:
      return false;
  }
}

export async function runMenuAction(menuItemId: string, tabId: number, frameId: number): Promise<boolean> {
  switch (menuItemId) {
    case MENU_ITEMS.explain: {
      const answer = await sendToTab(tabId, 'explainSelection', undefined, frameId).catch(() => undefined);
      return answer !== undefined && answer.shown !== 'none';
    }
    case MENU_ITEMS.siteOff: {
      const site = await siteOfTab(tabId);
      if (site === undefined) return false;
      await setSite(site, false);
      return true;
    }
    default:
      return false;
  }
}

/** (Re)creates RoleLens's context-menu items; the browser keeps them until the next install or update. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ITEMS.explain,
    title: 'Explain with RoleLens',
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: MENU_ITEMS.siteOff,
    title: 'Turn RoleLens off on this site',
    contexts: ['page', 'selection', 'link'],
    documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'],
  });
}
