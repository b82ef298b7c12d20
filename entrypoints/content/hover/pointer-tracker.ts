/** What the pointer is over, as the `pointermove` event reports it. */
export interface PointerSample {
  readonly x: number;
  readonly y: number;
  /** The innermost element under the pointer (inside open shadow roots too, except RoleLens's own). */
  readonly target: EventTarget | null;
  /** The event's own target: a shadow root's host rather than what is inside it. */
  readonly outer: EventTarget | null;
}

/**
 * Follows the pointer cheaply. For every `pointermove`, `interesting(sample)` decides with a lookup
 * whether anything needs doing; only then is one animation frame requested, and `onFrame` runs once
 * per frame with the latest sample. Moves over plain page content cost a Map lookup.
 */
export function trackPointer(
  doc: Document,
  interesting: (sample: PointerSample) => boolean,
  onFrame: (sample: PointerSample) => void,
  signal: AbortSignal,
  /** Hosts of the open shadow roots RoleLens reads (a Set lookup, no DOM access per move). */
  isShadowHost: (target: EventTarget | null) => boolean = () => false,
): void {
  const view = doc.defaultView;
  if (!view) return;
  let latest: PointerSample = { x: 0, y: 0, target: null, outer: null };
  let frame = 0;
  const run = () => {
    frame = 0;
    if (!signal.aborted) onFrame(latest);
  };
  doc.addEventListener(
    'pointermove',
    (event) => {
      // The event is retargeted to a shadow host; its composed path starts at the real target.
      const outer = event.target;
      const target = isShadowHost(outer) ? (event.composedPath()[0] ?? outer) : outer;
      latest = { x: event.clientX, y: event.clientY, target, outer };
      if (frame === 0 && interesting(latest)) frame = view.requestAnimationFrame(run);
    },
    { capture: true, passive: true, signal },
  );
  signal.addEventListener('abort', () => frame !== 0 && view.cancelAnimationFrame(frame), { once: true });
}
