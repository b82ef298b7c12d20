/**
 * Runs long work in slices of a few milliseconds and yields to the page between them, so RoleLens
 * never holds the main thread long enough to make a page stutter (a long task is 50 ms).
 */

/** Time one slice may take. */
export const SLICE_MS = 6;

interface PostTaskScheduler {
  postTask(
    callback: () => void,
    options?: { priority?: 'user-blocking' | 'user-visible' | 'background' },
  ): Promise<void>;
}

/**
 * Lets the page's own tasks (input, rendering) run before continuing. A new task at the ordinary
 * `user-visible` priority (scheduler.postTask where it exists, else setTimeout): not
 * `scheduler.yield()`, whose continuations jump ahead of rendering, which suits an input handler
 * finishing its work, not a background scan.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function')
    return scheduler.postTask(() => undefined, { priority: 'user-visible' });
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
