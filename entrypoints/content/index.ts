import type { ContentScriptContext } from '#imports';
import { onMessage } from '../../lib/messages';
import { isSiteEnabled, siteKey } from '../../lib/site-switch';
import type { Meaning } from '../../lib/matching';
import { DEFAULT_SETTINGS, readSettings, saveSetting, type Settings, watchSettings } from '../../lib/settings';
import { frameHostnames, isTopFrame } from './frame-sites';
import { mountRoleLens, type PagePreferences, type RoleLensMount } from './mount-role-lens';

/**
 * The page side of RoleLens. Wiring only: settings decide whether RoleLens is mounted on this page;
 * switching the site off unmounts it (every highlight and the card go at once), switching it on
 * mounts it again, without a reload. An extension reload or update ends the mount through WXT's
 * content-script context.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  // Card styles are passed to the shadow root as text: no extension file is exposed to pages.
  cssInjectionMode: 'manual',
  // WXT announces each new content script with window.postMessage, which page scripts receive and
  // may mishandle. A newer RoleLens script still stops an older one through a DOM event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A page with dozens of frames starts a content script in each, often several in one task of the
    // browser's: frames start their work in a task of their own, so that together they never hold
    // the page for long. The top page starts at once.
    if (isTopFrame()) start(ctx);
    else ctx.setTimeout(() => start(ctx), 0);
  },
});

/** RoleLens in one frame: its settings, its mount, and the messages it answers. */
function start(ctx: ContentScriptContext): void {
  const hostnames = frameHostnames();
  let mount: { controller: AbortController; lens: RoleLensMount; complete: boolean } | undefined;
  const site = siteKey(location.hostname);
  let settings: Settings = DEFAULT_SETTINGS;
  const preferencesOf = (s: Settings): PagePreferences => ({
    hoverDelayMs: s.hoverDelayMs,
    cardTheme: s.cardTheme,
    overrides: s.corrections[site] ?? {},
    highlightStyle: s.highlightStyle,
    firstMentionOnly: s.firstMentionOnly,
  });
  const preferences = () => preferencesOf(settings);
  // "Not this meaning": remembered for this site; the storage watcher repaints every tab of it.
  const correct = (abbreviation: string, meaning: Meaning) => {
    const corrections = {
      ...settings.corrections,
      [site]: { ...settings.corrections[site], [abbreviation]: meaning },
    };
    void saveSetting('corrections', corrections).catch(() => undefined);
  };

  const apply = (next: Settings) => {
    const previous = preferences();
    settings = next;
    mount?.lens.preferencesChanged(previous);
    const on = hostnames.every((hostname) => isSiteEnabled(hostname, next));
    if (on && !mount && ctx.isValid) {
      const controller = new AbortController();
      const lens = mountRoleLens(ctx, controller.signal, preferences, { correct }, alive);
      const current = { controller, lens, complete: false };
      void current.lens.ready.then(() => (current.complete = true));
      mount = current;
    } else if (!on && mount) {
      mount.controller.abort();
      mount = undefined;
    }
  };

  ctx.onInvalidated(() => mount?.controller.abort());
  // Is the extension still there (not reloaded or updated under this page)? Asked at every event
  // RoleLens handles, so answered from a clock most of the time: the real check goes through the
  // extension API, and once a second is soon enough to tear an orphaned script down.
  let checkedAt = Number.NEGATIVE_INFINITY;
  const alive = () => {
    const now = performance.now();
    if (now - checkedAt < 1000) return !ctx.signal.aborted;
    checkedAt = now;
    return ctx.isValid;
  };
  const settled = readSettings().then((s) => ctx.isValid && apply(s));
  watchSettings(apply, ctx.signal);

  if (isTopFrame()) {
    const stop = onMessage('getPageRoles', async () => {
      await settled;
      return {
        site,
        active: !!mount,
        complete: mount?.complete ?? true,
        roles: mount?.lens.mentions.roleCounts() ?? [],
        readings: mount?.lens.mentions.readings() ?? [],
      };
    });
    const stopShowing = onMessage('showNextMention', async ({ roleId }) => {
      await settled;
      return { shown: mount?.lens.showNextMention(roleId) ?? false };
    });
    const stopStepping = onMessage('stepMention', async ({ direction }) => {
      await settled;
      return { shown: (await mount?.lens.stepMention(direction)) ?? false };
    });
    ctx.onInvalidated(stop);
    ctx.onInvalidated(stopShowing);
    ctx.onInvalidated(stopStepping);
  }
  // Any frame: the context menu names the frame the selection is in.
  const stopExplaining = onMessage('explainSelection', async () => {
    await settled;
    return { shown: (await mount?.lens.explainSelection()) ?? 'none' };
  });
  ctx.onInvalidated(stopExplaining);
}
