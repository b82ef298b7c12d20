/**
 * The sites a frame belongs to, for the per-site switch: its own hostname and, in an iframe, the
 * hostname of the page it is embedded in (an embedded Greenhouse board follows the switch of the
 * company site showing it). The top page's hostname is known when it is same-origin, or from
 * `location.ancestorOrigins` (Chromium); otherwise only the frame's own.
 */
export function frameHostnames(view: Window = window): string[] {
  const own = view.location.hostname;
  if (view.top === view) return [own];
  let top: string | undefined;
  try {
    top = view.top?.location.hostname;
  } catch {
    const origins = view.location.ancestorOrigins;
    const outermost = origins?.length ? origins[origins.length - 1] : undefined;
    if (outermost) {
      try {
        top = new URL(outermost).hostname;
      } catch {
        top = undefined;
      }
    }
  }
  return top !== undefined && top !== own ? [own, top] : [own];
}
