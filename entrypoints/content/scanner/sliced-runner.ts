/**
 * Runs long work in slices of a few milliseconds and yields to the page between them, so RoleLens
 * never holds the main thread long enough to make a page stutter (a long task is 50 ms).
 */

/** Time one slice may take. */
export const SLICE_MS = 6;

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/** Lets the page's own tasks (input, rendering) run before continuing. */
export function yieldToPage(): Promise<void> {
  // scheduler.yield keeps our place in the queue (Chromium 129+); otherwise a plain task.
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `step(shouldStop)` until it returns true, yielding to the page whenever a slice has used its
 * time. `step` should check `shouldStop()` often and return false when it stopped early. Stops when
 * `signal` aborts.
 */
export async function runSliced(
  step: (shouldStop: () => boolean) => boolean,
  signal: AbortSignal,
  now: () => number = () => performance.now(),
): Promise<void> {
  while (!signal.aborted) {
    const end = now() + SLICE_MS;
    if (step(() => now() >= end)) return;
    await yieldToPage();
  }
}
