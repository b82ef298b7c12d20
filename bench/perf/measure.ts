import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tools/chromium';
import { askPageRoles } from '../../tools/extension-driver';
import { type BaselineName, isBaselineUrl, runBaseline } from './baselines';

export { causedByUs, observeLongTasks } from '../../tools/long-tasks';
import { cpuMsOf, Profiler } from '../../tools/cpu-profile';
import { attributeLongTasks, clockMark, type LongTask, readLongTasks, type TimedProfile } from '../../tools/long-tasks';

/** One measured run of one page. */
export interface Run {
  /** Main-thread CPU charged to the extension (or the library), in milliseconds. */
  readonly cpuMs: number;
  /** Long tasks (over 50 ms) seen by the page during the run, and how much of each was ours. */
  readonly longTasks: readonly LongTask[];
  /** Mentions painted (RoleLens) or marks made (the libraries). */
  readonly found: number;
}

/** Waits until RoleLens has read the whole page; returns the mentions it painted. */
export async function waitUntilRead(browser: ExtensionBrowser, page: Page, timeoutMs = 120_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const roles = await askPageRoles(browser, page);
    if (roles?.complete) return roles.roles.reduce((n, r) => n + r.count, 0);
    if (Date.now() > until) throw new Error(`RoleLens did not finish reading ${page.url()}`);
    // Each question costs the extension a little CPU too: ask ten times a second, not more.
    await page.waitForTimeout(100);
  }
}

export const extensionOwns = (browser: ExtensionBrowser) => (url: string) =>
  url.startsWith(`chrome-extension://${browser.extensionId}/`);

/** Loads a page with RoleLens and profiles everything until RoleLens has read it all. */
export async function measureRoleLens(browser: ExtensionBrowser, url: string): Promise<Run> {
  const page = await browser.context.newPage();
  const profiler = await Profiler.attach(page);
  try {
    await profiler.start();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const found = await waitUntilRead(browser, page);
    const mark = await clockMark(page);
    const profile = (await profiler.stop()) as TimedProfile;
    const owns = extensionOwns(browser);
    return {
      cpuMs: cpuMsOf(profile, owns),
      longTasks: attributeLongTasks(profile, await readLongTasks(page), mark, owns),
      found,
    };
  } finally {
    await profiler.detach();
    await page.close();
  }
}

/**
 * Loads a page without RoleLens, then profiles a library marking the same terms. Nothing else runs
 * meanwhile, so the long tasks of that time are the library's.
 */
export async function measureBaseline(browser: ExtensionBrowser, url: string, name: BaselineName): Promise<Run> {
  const page = await browser.context.newPage();
  const profiler = await Profiler.attach(page);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const before = (await readLongTasks(page)).length;
    await profiler.start();
    const found = await runBaseline(page, name);
    const profile = await profiler.stop();
    const longTasks = (await readLongTasks(page)).slice(before).map(([, ms]) => ({ ms, ownMs: ms }));
    return { cpuMs: cpuMsOf(profile, isBaselineUrl(name)), longTasks, found };
  } finally {
    await profiler.detach();
    await page.close();
  }
}

/** CPU of RoleLens for something done on an already-read page (hover moves, appended content). */
export async function measureOnPage(
  browser: ExtensionBrowser,
  page: Page,
  action: () => Promise<void>,
): Promise<number> {
  const profiler = await Profiler.attach(page);
  try {
    await profiler.start();
    await action();
    return cpuMsOf(await profiler.stop(), extensionOwns(browser));
  } finally {
    await profiler.detach();
  }
}
