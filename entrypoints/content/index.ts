import type { ContentScriptContext } from '#imports';
import { isTopFrame } from './frame-sites';

/**
 * The page side of RoleLens. Wiring only: settings decide whether RoleLens is mounted on this page;
 * switching the site off unmounts it (every highlight and the card go at once), switching it on
 * mounts it again, without a reload. An extension reload or update ends the mount through WXT's
 * content-script context.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  // Card styles are passed to the shadow root as text: no extension file is exposed to pages.
  cssInjectionMode: 'manual',
  // WXT announces each new content script with window.postMessage, which page scripts receive and
  // may mishandle. A newer RoleLens script still stops an older one through a DOM event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A page with dozens of frames starts a content script in each, often several in one task of the
    // browser's: frames start their work in a task of their own, so that together they never hold
    // the page for long. The top page starts at once.
    if (isTopFrame()) start(ctx);
    else ctx.setTimeout(() => start(ctx), 0);
  },
});

/**
 * Loads the rest of RoleLens for this frame and starts it. A dynamic import, which the build inlines:
 * the modules' own top-level code runs here, not in the browser's injection task, where it would run
 * once per frame for every frame injected together.
 */
function start(ctx: ContentScriptContext): void {
  void import('./start-role-lens').then(({ startRoleLens }) => ctx.isValid && startRoleLens(ctx));
}
