import type { HighlightPainter, PaintedMention } from '../painter/highlight-painter';

/** How long measured line boxes are trusted while the page has not scrolled or resized. */
const RECT_TTL_MS = 200;

/** A painted mention under the pointer, and the line box of it the pointer is on. */
export interface Hit {
  readonly painted: PaintedMention;
  readonly rect: DOMRect;
}

/**
 * Finds the painted mention under the pointer. The browser has already found the element under the
 * pointer (the event's target); the painter knows which mentions that element holds, and only those
 * few have their line boxes measured. No hit test, no page state changed.
 */
export class HitTester {
  /** One reusable range for measuring: creating ranges per frame would burden the page's DOM. */
  private range: Range | undefined;
  /**
   * Line boxes measured lately: a pointer moving along a paragraph measures its mentions once, not
   * every frame. Forgotten when the page scrolls or resizes (`forgetRects`), and after `RECT_TTL_MS`
   * in case the page's layout moved by itself.
   */
  private readonly rects = new Map<PaintedMention, DOMRect[]>();
  private rectsAt = 0;

  constructor(
    private readonly doc: Document,
    private readonly painter: HighlightPainter,
  ) {}

  /** The mentions the element under the pointer holds (a Map lookup: cheap enough for every move). */
  candidates(target: EventTarget | null): readonly PaintedMention[] | undefined {
    return target ? this.painter.byElement.get(target as Element) : undefined;
  }

  /** The mention among `candidates` whose text is under the point, if any. */
  at(candidates: readonly PaintedMention[], x: number, y: number): Hit | undefined {
    for (const painted of candidates) {
      for (const rect of this.cachedRectsOf(painted)) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
          return { painted, rect };
        }
      }
    }
    return undefined;
  }

  /** The page scrolled or resized: line boxes moved. */
  forgetRects(): void {
    this.rects.clear();
  }

  private cachedRectsOf(painted: PaintedMention): DOMRect[] {
    const now = performance.now();
    if (now - this.rectsAt > RECT_TTL_MS) {
      this.rects.clear();
      this.rectsAt = now;
    }
    let rects = this.rects.get(painted);
    if (!rects) {
      rects = this.rectsOf(painted);
      this.rects.set(painted, rects);
    }
    return rects;
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
    this.rects.clear();
    this.range?.collapse(true);
    this.range = undefined;
  }
}
