import { browser } from '#imports';

/**
 * Chromium runs manifest content scripts only in pages loaded after the extension was installed,
 * updated or reloaded; pages already open would keep the old, now orphaned script (which tears itself
 * down) and get no RoleLens until reloaded. This puts the current content scripts and their styles
 * into every open, loaded tab, in all frames, as the manifest would have. (Firefox does this itself,
 * so it is not called there.) Tabs RoleLens may not script — browser pages, store pages, discarded
 * tabs — are skipped quietly; a failure in one tab never stops the others.
 */
export async function injectIntoOpenTabs(): Promise<{ injected: number; skipped: number }> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  const tabs = await browser.tabs.query({ discarded: false, status: 'complete' });
  let injected = 0;
  let skipped = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || (tab.url !== undefined && !isScriptable(tab.url))) {
        skipped += 1;
        return;
      }
      try {
        for (const script of scripts) {
          const target = { tabId: tab.id, allFrames: script.all_frames ?? false };
          if (script.css?.length) await browser.scripting.insertCSS({ target, files: script.css });
          if (script.js?.length) await browser.scripting.executeScript({ target, files: script.js as ScriptFiles });
        }
        injected += 1;
      } catch {
        skipped += 1; // A page extensions cannot run in, or a tab that closed meanwhile.
      }
    }),
  );
  return { injected, skipped };
}

/** The manifest lists the built scripts' public paths, which is what executeScript takes. */
type ScriptFiles = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;

/** Pages a content script can run in at all (tab URLs are only known with host access). */
export function isScriptable(url: string): boolean {
  return /^(https?|file):/.test(url);
}
