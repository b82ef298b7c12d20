import type { ContentScriptContext } from '#imports';
import { onMessage } from '../../lib/messages';
import { isSiteEnabled, siteKey } from '../../lib/site-switch';
import type { Meaning } from '../../lib/matching';
import { DEFAULT_SETTINGS, readSettings, saveSetting, type Settings, watchSettings } from '../../lib/settings';
import { frameHostnames, isTopFrame } from './frame-sites';
import { mountRoleLens, type PagePreferences, type RoleLensMount } from './mount-role-lens';

/** RoleLens in one frame: its settings, its mount, and the messages it answers. */
export function startRoleLens(ctx: ContentScriptContext): void {
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
