import { browser } from '#imports';
import { createMenus, runCommand, runMenuAction } from '../lib/commands';
import { comparePath, glossaryPath } from '../lib/compare-url';
import { injectIntoOpenTabs } from '../lib/inject-into-open-tabs';
import { onMessage } from '../lib/messages';
import { migrateStoredSettings } from '../lib/settings';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void createMenus();
    // Settings stored by an older version are converted once, here, after an update (readers convert
    // them in memory meanwhile, so nothing depends on this having run).
    if (reason === 'update') void migrateStoredSettings();
    // After an install, update or reload, open pages get the new content script at once (Chromium;
    // Firefox does this itself). The old script, orphaned, stops as the new one starts.
    if (!import.meta.env.FIREFOX && (reason === 'install' || reason === 'update')) void injectIntoOpenTabs();
  });

  // Keyboard commands and context-menu items; the runCommand / runMenuAction messages take the same path.
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id !== undefined) void runCommand(command, tab.id);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id !== undefined) void runMenuAction(String(info.menuItemId), tab.id, info.frameId ?? 0);
  });
  onMessage('runCommand', async ({ command, tabId }) => ({ done: await runCommand(command, tabId) }));
  onMessage('runMenuAction', async ({ menuItemId, tabId, frameId }) => ({
    done: await runMenuAction(menuItemId, tabId, frameId),
  }));

  // The card's Compare action and the "not a role" note's glossary link: content scripts cannot open
  // extension pages themselves. A relative URL given to tabs.create is resolved against the
  // extension's own origin.
  onMessage('openCompare', async ({ a, b }, sender) => {
    await browser.tabs.create({
      url: comparePath(a, b),
      index: sender.tab ? sender.tab.index + 1 : undefined,
      openerTabId: sender.tab?.id,
    });
  });
  onMessage('openGlossary', async (_, sender) => {
    await browser.tabs.create({
      url: glossaryPath(),
      index: sender.tab ? sender.tab.index + 1 : undefined,
      openerTabId: sender.tab?.id,
    });
  });
});
