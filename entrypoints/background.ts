import { browser } from '#imports';
import { comparePath } from '../lib/compare-url';
import { onMessage } from '../lib/messages';

export default defineBackground(() => {
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
