import { browser } from '#imports';
import { comparePath } from '../lib/compare-url';
import { injectIntoOpenTabs } from '../lib/inject-into-open-tabs';
import { onMessage } from '../lib/messages';

export default defineBackground(() => {
  // After an install, update or reload, open pages get the new content script at once (Chromium;
  // Firefox does this itself). The old script, orphaned, stops as the new one starts.
  if (!import.meta.env.FIREFOX) {
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason === 'install' || reason === 'update') void injectIntoOpenTabs();
    });
  }

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
