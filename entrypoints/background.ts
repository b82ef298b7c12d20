import { browser } from '#imports';
import { comparePath } from '../lib/compare-url';
import { injectIntoOpenTabs } from '../lib/inject-into-open-tabs';
import { onMessage } from '../lib/messages';
import { migrateStoredSettings } from '../lib/settings';

export default defineBackground(() => {
  // After an install, update or reload, open pages get the new content script at once (Chromium;
  // Firefox does this itself). The old script, orphaned, stops as the new one starts.
  // Settings stored by an older version are converted once, here, after an update (readers convert
  // them in memory meanwhile, so nothing depends on this having run).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') void migrateStoredSettings();
    if (!import.meta.env.FIREFOX && (reason === 'install' || reason === 'update')) void injectIntoOpenTabs();
  });

  // The card's Compare action: content scripts cannot open extension pages themselves. A relative
  // URL given to tabs.create is resolved against the extension's own origin.
  onMessage('openCompare', async ({ a, b }, sender) => {
    await browser.tabs.create({
      url: comparePath(a, b),
      index: sender.tab ? sender.tab.index + 1 : undefined,
      openerTabId: sender.tab?.id,
    });
  });
});
