import { containerOf } from './read-blocks';
import { isBlock, isInsideSkipped } from './skip-rules';

/** Blocks that hold (nearly) the whole page: starting there is starting at the top. */
const WHOLE_PAGE = new Set(['html', 'body', 'main']);
const MAX_DEPTH = 64;

/**
 * Index of the child at the top edge of the viewport: binary search on the children's top edges
 * (in document order they usually run down the page), then the child below the edge when the one
 * above it ends before it (a margin).
 */
function childAtTop(children: HTMLCollection): number {
  let lo = 0;
  let hi = children.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((children[mid] as Element).getBoundingClientRect().top <= 0) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best === -1) return 0;
  const above = (children[best] as Element).getBoundingClientRect();
  return above.bottom > 0 ? best : Math.min(best + 1, children.length - 1);
}

/**
 * A block element at the top of the viewport, in the page's own tree: the scanner reads from there
 * to the end first, so what the reader sees is painted in the first slice, and reads what comes
 * before it next. Found by descending from <body>, at each level taking the child at the viewport's
 * top edge, until an element no taller than a screen and a half: a few dozen layout reads, no hit
 * tests (hit-testing a page's body through a long flat list is slow). Undefined when the page is
 * near its start anyway, hidden, or the viewport shows something RoleLens never reads.
 */
export function viewportStart(doc: Document): Element | undefined {
  const view = doc.defaultView;
  if (!view || doc.hidden || !doc.body) return undefined;
  if (view.scrollY < view.innerHeight / 2) return undefined; // Near the top: the plain order is the viewport's.
  let el: Element = doc.body;
  for (let depth = 0; depth < MAX_DEPTH && el.children.length > 0; depth++) {
    const child = el.children[childAtTop(el.children)] as Element;
    el = child;
    if (child.getBoundingClientRect().height <= view.innerHeight * 1.5) break;
  }
  const block = isBlock(el) ? el : containerOf(el);
  if (block.nodeType !== 1 || WHOLE_PAGE.has((block as Element).localName) || isInsideSkipped(block)) return undefined;
  return block as Element;
}
