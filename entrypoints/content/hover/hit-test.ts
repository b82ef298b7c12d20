import type { HighlightPainter, PaintedMention } from '../painter/highlight-painter';

/** A painted mention under the pointer, and the line box of it the pointer is on. */
export interface Hit {
  readonly painted: PaintedMention;
  readonly rect: DOMRect;
}

interface CaretPositionLike {
  readonly offsetNode: Node;
  readonly offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPositionLike | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * Finds the painted mention at a point: the browser's own caret lookup gives the text node under the
 * pointer, a Map gives the mentions on that node, and the mention's line boxes confirm the pointer is
 * really on it (not in the white space after a line). No page state changes.
 */
export class HitTester {
  /** One reusable range for measuring: creating ranges per frame would burden the page's DOM. */
  private range: Range | undefined;

  constructor(
    private readonly doc: Document,
    private readonly painter: HighlightPainter,
    private readonly shadowRoots: () => ShadowRoot[],
  ) {}

  at(x: number, y: number): Hit | undefined {
    const caret = this.caretAt(x, y);
    if (!caret || caret.node.nodeType !== 3) return undefined;
    const candidates = this.painter.byNode.get(caret.node as Text);
    if (!candidates) return undefined;
    for (const painted of candidates) {
      for (const rect of this.rectsOf(painted)) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
          return { painted, rect };
        }
      }
    }
    return undefined;
  }

  /** The mention's line boxes in viewport coordinates (one per line it wraps onto). */
  rectsOf(painted: PaintedMention): DOMRect[] {
    const { range } = painted;
    if (!range.startContainer.isConnected || !range.endContainer.isConnected) return [];
    this.range ??= this.doc.createRange();
    try {
      this.range.setStart(range.startContainer, range.startOffset);
      this.range.setEnd(range.endContainer, range.endOffset);
    } catch {
      return []; // Offsets no longer valid: the text changed and the mention is about to be re-read.
    }
    return [...this.range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  }

  /** Lets go of the measuring range (it is a live range while it exists). */
  dispose(): void {
    this.range?.collapse(true);
    this.range = undefined;
  }

  private caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
    const doc = this.doc as CaretDocument;
    if (typeof doc.caretPositionFromPoint === 'function') {
      const roots = this.shadowRoots();
      const position =
        roots.length > 0 ? doc.caretPositionFromPoint(x, y, { shadowRoots: roots }) : doc.caretPositionFromPoint(x, y);
      return position ? { node: position.offsetNode, offset: position.offset } : undefined;
    }
    const range = doc.caretRangeFromPoint?.(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }
}
