import type { BrowserContext, Page } from 'playwright-core';
import { type CpuProfile, cpuMsOf, SAMPLING_US } from './cpu-profile';

/**
 * Long tasks (over 50 ms) seen by a page, and how much of each was the extension's own work, from a
 * CPU profile of the same time (the benchmark and the reliability tests share this).
 */

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

export const readLongTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __rolelensLongTasks?: [number, number][] }).__rolelensLongTasks ?? []);

/**
 * Runs a function with a unique name for 3 ms and returns the page time it started: the profile's
 * samples of it tell the profile time of that moment, which aligns the two clocks.
 */
export function clockMark(page: Page): Promise<number> {
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

export type TimedProfile = CpuProfile & { readonly startTime?: number };

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

/**
 * The most one sample may stand for inside a long task: ten sampling intervals. On a loaded machine
 * the sampling thread is sometimes not scheduled for tens of milliseconds; the one sample before such
 * a gap would otherwise be charged the whole gap, and a few frames' start-up could look like a long
 * task of RoleLens's when the time was the browser's or another process's.
 */
const MAX_SAMPLE_US = 10 * SAMPLING_US;

/** CPU of `owns` (ms) between two profile times (µs). */
function ownMsBetween(
  profile: TimedProfile,
  times: number[],
  owns: (url: string) => boolean,
  from: number,
  to: number,
) {
  const samples = profile.samples.map((id, i) => ((times[i] as number) >= from && (times[i] as number) < to ? id : -1));
  return cpuMsOf({ ...profile, samples }, owns, MAX_SAMPLE_US);
}

/** The page's long tasks, each with the CPU `owns` spent inside it. */
export function attributeLongTasks(
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

/** What happened on a page while it was profiled. */
export interface ProfiledRun<T> {
  readonly result: T;
  /** The page's long tasks of that time, each with the extension's CPU inside it. */
  readonly longTasks: readonly LongTask[];
  /** All the CPU charged to the extension in that time, in milliseconds. */
  readonly ownCpuMs: number;
}

/**
 * Profiles `run` on a page (which may navigate it: the long-task log then starts afresh) and
 * attributes the page's long tasks of that time. Needs `observeLongTasks` on the page's context.
 */
export async function profileRun<T>(
  page: Page,
  owns: (url: string) => boolean,
  run: () => Promise<T>,
): Promise<ProfiledRun<T>> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    const before = page.url() === 'about:blank' ? 0 : (await readLongTasks(page)).length;
    const urlBefore = page.url();
    await session.send('Profiler.start');
    const result = await run();
    const mark = await clockMark(page);
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: TimedProfile };
    const all = await readLongTasks(page);
    const tasks = page.url() === urlBefore ? all.slice(before) : all;
    return { result, longTasks: attributeLongTasks(profile, tasks, mark, owns), ownCpuMs: cpuMsOf(profile, owns) };
  } finally {
    await session.detach().catch(() => undefined);
  }
}
