/**
 * The sites a frame belongs to, for the per-site switch: its own hostname and, in an iframe, the
 * hostname of the page it is embedded in (an embedded Greenhouse board follows the switch of the
 * company site showing it). The top page's hostname is known from `location.ancestorOrigins`
 * (Chromium) or when it is same-origin; otherwise only the frame's own.
 */
export function frameHostnames(view: Window = window): string[] {
  const own = view.location.hostname;
  if (isTopFrame(view)) return [own];
  const top = outermostHostname(view);
  return top !== undefined && top !== own ? [own, top] : [own];
}

/**
 * The top page's hostname from a frame. `location.ancestorOrigins` first (Chromium): reaching for
 * `top.location` from a frame's content script costs about a millisecond even when allowed, and
 * throws across origins; a page with dozens of frames pays that in each.
 */
function outermostHostname(view: Window): string | undefined {
  const origins = view.location.ancestorOrigins;
  const outermost = origins?.length ? origins[origins.length - 1] : undefined;
  if (outermost && outermost !== 'null') {
    try {
      return new URL(outermost).hostname;
    } catch {
      // Fall through to the top window itself.
    }
  }
  try {
    return view.top?.location.hostname;
  } catch {
    return undefined; // Another origin, and no ancestorOrigins (Firefox): only the frame's own site.
  }
}

/**
 * True in the top page, false in a frame. From `location.ancestorOrigins` where the browser has it
 * (Chromium: empty in the top page), which is cheap; `window.top` otherwise.
 */
export function isTopFrame(view: Window = window): boolean {
  const origins = view.location.ancestorOrigins;
  return origins ? origins.length === 0 : view.top === view;
}
