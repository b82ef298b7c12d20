import type { BrowserContext, Frame, Page } from 'playwright-core';
import * as core from './page-probes-core';

/**
 * The page probes (`tools/page-probes-core.ts`) for Playwright pages and frames, and the mutation log
 * the integrity tests compare. Probes run in the page's own world; a fixture page that breaks its own
 * DOM functions (`hostile.html`) offers `window.__fixture.restore()`, which is called first so that
 * the probes can read it (RoleLens itself never needs it: it runs in a world of its own).
 */

export type { Expectation, PaintedText } from './page-probes-core';
export { mentionKey } from './page-probes-core';

type Target = Page | Frame;

function evaluateIn(frame: Target): core.Evaluate {
  return async (fn, arg) => {
    await frame.evaluate(() => (window as { __fixture?: { restore?: () => void } }).__fixture?.restore?.());
    return frame.evaluate(fn as (a: unknown) => unknown, arg) as Promise<never>;
  };
}

export const readPainted = (frame: Target) => core.readPainted(evaluateIn(frame));
export const readExpectations = (frame: Target) => core.readExpectations(evaluateIn(frame));
export const paintedVersusExpected = (frame: Target) => core.paintedVersusExpected(evaluateIn(frame));
/** Number of painted mentions in a frame. */
export const paintedCount = (frame: Target) => core.paintedCount(evaluateIn(frame));
/** The visible text of the page (what a reader sees), to prove the extension left it alone. */
export const pageText = (frame: Target) => core.pageText(evaluateIn(frame));
/** The hover card as the page shows it: inside <rolelens-ui>'s open shadow root. */
export const readCard = (frame: Target) => core.readCard(evaluateIn(frame));
/** True while the hover card is shown (false when hidden or not there at all). */
export const cardVisible = (frame: Target) => core.cardVisible(evaluateIn(frame));
/**
 * Centre of the first line box of the first painted range whose text matches, for pointer moves;
 * scrolls it to the middle of the viewport first (scrolling changes nothing in the DOM).
 */
export const mentionPoint = (frame: Target, text: string) => core.mentionPoint(evaluateIn(frame), text);

/**
 * Installs, in every page and frame of the context, a MutationObserver that starts at
 * DOMContentLoaded and counts every change to the page except those to RoleLens's own
 * `rolelens-*` elements. Read with `readMutationLog`.
 */
export async function installMutationLog(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const log = { childList: 0, attributes: 0, characterData: 0, own: 0, details: [] as string[] };
    (window as unknown as { __rolelensMutationLog: typeof log }).__rolelensMutationLog = log;
    const isOwn = (node: Node) => node.nodeType === 1 && (node as Element).localName.startsWith('rolelens-');
    const start = () => {
      new MutationObserver((records) => {
        for (const r of records) {
          const nodes = [...r.addedNodes, ...r.removedNodes];
          if (isOwn(r.target) || (nodes.length > 0 && nodes.every(isOwn))) {
            log.own++;
            continue;
          }
          log[r.type]++;
          if (log.details.length < 50) {
            const target = r.target.nodeType === 1 ? (r.target as Element).localName : r.target.nodeName;
            log.details.push(`${r.type} on ${target}${r.attributeName ? ` [${r.attributeName}]` : ''}`);
          }
        }
      }).observe(document, { childList: true, attributes: true, characterData: true, subtree: true });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  });
}

export interface MutationLog {
  childList: number;
  attributes: number;
  characterData: number;
  own: number;
  details: string[];
}

export async function readMutationLog(frame: Page | Frame): Promise<MutationLog> {
  return frame.evaluate(() => {
    const log = (window as unknown as { __rolelensMutationLog?: MutationLog }).__rolelensMutationLog;
    return log
      ? { ...log, details: [...log.details] }
      : { childList: -1, attributes: -1, characterData: -1, own: 0, details: [] };
  });
}
