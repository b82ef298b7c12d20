import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tools/chromium';
import { askPageRoles } from '../../tools/extension-driver';
import { type BaselineName, isBaselineUrl, runBaseline } from './baselines';
import { type CpuProfile, cpuMsOf, Profiler } from './cpu-profile';

/** One measured run of one page. */
export interface Run {
  /** Main-thread CPU charged to the extension (or the library), in milliseconds. */
  readonly cpuMs: number;
  /** Long tasks (over 50 ms) seen by the page during the run, and how much of each was ours. */
  readonly longTasks: readonly LongTask[];
  /** Mentions painted (RoleLens) or marks made (the libraries). */
  readonly found: number;
}

export interface LongTask {
  readonly ms: number;
  /** CPU charged to the measured code inside the task (NaN when the clocks could not be aligned). */
  readonly ownMs: number;
}

/** A long task is the extension's when at least half of it is the extension's own work. */
export const causedByUs = (task: LongTask) => task.ownMs >= task.ms / 2;

/** Records long tasks in every page from the start (main world; nothing of RoleLens is involved). */
export async function observeLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tasks: [number, number][] = [];
    (window as unknown as { __rolelensLongTasks: typeof tasks }).__rolelensLongTasks = tasks;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long task API: none reported.
    }
  });
}

const readLongTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __rolelensLongTasks?: [number, number][] }).__rolelensLongTasks ?? []);

/**
 * Runs a function with a unique name for 3 ms and returns the page time it started: the profile's
 * samples of it tell the profile time of that moment, which aligns the two clocks.
 */
function clockMark(page: Page): Promise<number> {
  return page.evaluate(() => {
    function rolelensBenchClockMark(): number {
      const start = performance.now();
      while (performance.now() - start < 3) {
        // Busy, so that the profiler samples this function.
      }
      return start;
    }
    return rolelensBenchClockMark();
  });
}

type TimedProfile = CpuProfile & { readonly startTime?: number };

/** Profile time (µs) of each sample. */
function sampleTimes(profile: TimedProfile): number[] {
  const times: number[] = [];
  let t = profile.startTime ?? 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    times.push(t);
  }
  return times;
}

/** CPU of `owns` (ms) between two profile times (µs). */
function ownMsBetween(
  profile: TimedProfile,
  times: number[],
  owns: (url: string) => boolean,
  from: number,
  to: number,
) {
  const samples = profile.samples.map((id, i) => ((times[i] as number) >= from && (times[i] as number) < to ? id : -1));
  return cpuMsOf({ ...profile, samples }, owns);
}

/** The page's long tasks, each with the CPU `owns` spent inside it. */
function attributeLongTasks(
  profile: TimedProfile,
  tasks: readonly [number, number][],
  markPageMs: number,
  owns: (url: string) => boolean,
): LongTask[] {
  const times = sampleTimes(profile);
  const marks = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === 'rolelensBenchClockMark').map((n) => n.id),
  );
  const first = profile.samples.findIndex((id) => marks.has(id));
  const offset = first === -1 ? undefined : (times[first] as number) - markPageMs * 1000;
  return tasks.map(([start, ms]) => ({
    ms,
    ownMs:
      offset === undefined
        ? Number.NaN
        : ownMsBetween(profile, times, owns, start * 1000 + offset, (start + ms) * 1000 + offset),
  }));
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
