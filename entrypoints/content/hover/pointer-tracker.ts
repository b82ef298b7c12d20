/**
 * Follows the pointer at the page's frame rate: the `pointermove` handler only stores coordinates
 * and asks for one animation frame; all the work happens once per frame.
 */
export function trackPointer(
  doc: Document,
  onFrame: (x: number, y: number, target: EventTarget | null) => void,
  signal: AbortSignal,
): void {
  const view = doc.defaultView;
  if (!view) return;
  let x = 0;
  let y = 0;
  let target: EventTarget | null = null;
  let frame = 0;
  const run = () => {
    frame = 0;
    if (!signal.aborted) onFrame(x, y, target);
  };
  doc.addEventListener(
    'pointermove',
    (event) => {
      x = event.clientX;
      y = event.clientY;
      target = event.target;
      if (frame === 0) frame = view.requestAnimationFrame(run);
    },
    { capture: true, passive: true, signal },
  );
  signal.addEventListener('abort', () => frame !== 0 && view.cancelAnimationFrame(frame), { once: true });
}
