import { containerOf } from './read-blocks';
import { isInsideSkipped } from './skip-rules';

/** Points sampled across the viewport, as fractions of its width and height. */
const COLUMNS = [0.2, 0.5, 0.8];
const ROWS = [0.1, 0.3, 0.5, 0.7, 0.9];

/** Elements too large to be worth reading ahead: they would be most of the page. */
const TOO_LARGE = new Set(['html', 'body', 'main']);

/**
 * The block elements under a few points of the viewport: the content the reader sees first, read
 * before the rest of the page. Outermost ones only, none inside another.
 */
export function viewportRoots(doc: Document): Element[] {
  const view = doc.defaultView;
  if (!view || typeof doc.elementFromPoint !== 'function') return [];
  const width = view.innerWidth;
  const height = view.innerHeight;
  const found = new Set<Element>();
  for (const fy of ROWS) {
    for (const fx of COLUMNS) {
      const hit = doc.elementFromPoint(width * fx, height * fy);
      if (!hit || isInsideSkipped(hit)) continue;
      const block = containerOf(hit);
      if (block.nodeType !== 1 || TOO_LARGE.has((block as Element).localName)) continue;
      found.add(block as Element);
    }
  }
  const roots = [...found];
  return roots.filter((el) => !roots.some((other) => other !== el && other.contains(el)));
}
