import type { RoleId } from '../../../data/role-ids';
import type { Mention } from '../../../lib/matching';
import type { IndexedBlock } from '../scanner/page-index';
import highlightCss from '../../../public/highlights.css?raw';
import { pointAt } from './block-offsets';
import { type ShadowRootStyles, shadowRootOf, shadowRootStyles } from './shadow-root-styles';

/** The highlight registry name of a role (architecture, contract 2). */
export const highlightName = (roleId: RoleId) => `rolelens-${roleId}`;
/** The mention under the pointer or keyboard focus. */
export const ACTIVE_HIGHLIGHT = 'rolelens-active';

/** A mention as painted: where it is on the page and the range that paints it. */
export interface PaintedMention {
  readonly mention: Mention;
  readonly block: IndexedBlock;
  readonly range: StaticRange;
}

/** The parts of the page's `window` the painter uses (a parameter, so tests can pass their own). */
export interface PaintTarget {
  readonly highlights: HighlightRegistry;
  readonly createHighlight: () => Highlight;
  readonly createRange: (init: StaticRangeInit) => StaticRange;
  /** Styles for shadow roots, where the browser needs them (Firefox; see shadow-root-styles.ts). */
  readonly shadowStyles?: ShadowRootStyles;
}

export function pageTarget(view: Window & typeof globalThis = window): PaintTarget {
  return {
    highlights: view.CSS.highlights,
    createHighlight: () => new view.Highlight(),
    createRange: (init) => new view.StaticRange(init),
    shadowStyles: import.meta.env.FIREFOX ? shadowRootStyles(highlightCss, view) : undefined,
  };
}

/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per role, registered as
 * `rolelens-<roleId>`, filled with `StaticRange`s. Static ranges cost the page nothing when its DOM
 * changes (live ranges are updated on every mutation); the scanner tells the painter when a block's
 * text changed, and its ranges are dropped at once. The page's DOM is never touched.
 */
export class HighlightPainter {
  private readonly highlights = new Map<RoleId, Highlight>();
  private readonly active: Highlight;
  private readonly painted = new Map<IndexedBlock, PaintedMention[]>();
  /**
   * Painted mentions by the elements holding their text (the parent of each text node they cover):
   * the pointer's event target leads straight to its candidates, without a hit test.
   */
  readonly byElement = new Map<Element, PaintedMention[]>();
  private activeMention: PaintedMention | undefined;
  /** Mark only the first mention of each role in the document (options page); all stay hoverable. */
  private firstOnly = false;
  /** With `firstOnly`: the marked mention of each role, worked out again by `flush` when dirty. */
  private readonly firsts = new Map<RoleId, PaintedMention>();
  private firstsDirty = false;

  constructor(private readonly target: PaintTarget) {
    this.active = target.createHighlight();
    this.active.priority = 1;
    target.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  /** Marks every mention, or only the first of each role, at once. */
  setFirstOnly(firstOnly: boolean): void {
    if (firstOnly === this.firstOnly) return;
    for (const painted of this.all()) this.unmark(painted);
    this.firsts.clear();
    this.firstOnly = firstOnly;
    if (firstOnly) this.firstsDirty = true;
    else for (const painted of this.all()) this.mark(painted);
    this.flush();
  }

  /**
   * With "first mention only", marks the first mention of each role in document order. Called after
   * each batch of paints (cheap when nothing changed, one pass over the mentions otherwise).
   */
  flush(): void {
    if (!this.firstOnly || !this.firstsDirty) return;
    this.firstsDirty = false;
    const next = new Map<RoleId, PaintedMention>();
    for (const painted of this.all()) {
      const roleId = painted.mention.roleId;
      const best = next.get(roleId);
      if (
        !best ||
        painted.block.key < best.block.key ||
        (painted.block.key === best.block.key && painted.mention.start < best.mention.start)
      )
        next.set(roleId, painted);
    }
    for (const [roleId, painted] of this.firsts) if (next.get(roleId) !== painted) this.unmark(painted);
    for (const [roleId, painted] of next) if (this.firsts.get(roleId) !== painted) this.mark(painted);
    this.firsts.clear();
    for (const [roleId, painted] of next) this.firsts.set(roleId, painted);
  }

  /** Whether a mention is marked on the page now (all are hoverable). */
  isMarked(painted: PaintedMention): boolean {
    return this.highlights.get(painted.mention.roleId)?.has(painted.range) ?? false;
  }

  /** Replaces what is painted for a block. */
  paint(block: IndexedBlock, mentions: readonly Mention[]): void {
    this.clear(block);
    if (mentions.length === 0) return;
    const first = block.block.nodes[0];
    const shadowRoot = this.target.shadowStyles && first ? shadowRootOf(first) : undefined;
    if (shadowRoot) this.target.shadowStyles?.adopt(shadowRoot);
    const list: PaintedMention[] = [];
    for (const mention of mentions) {
      const start = pointAt(block.block, mention.start, 'start');
      const end = pointAt(block.block, mention.end, 'end');
      if (!start || !end) continue;
      const range = this.target.createRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      });
      const painted: PaintedMention = { mention, block, range };
      list.push(painted);
      if (this.firstOnly) this.firstsDirty = true;
      else this.mark(painted);
      for (const element of holders(block, start.node, end.node)) {
        const list = this.byElement.get(element);
        if (list) list.push(painted);
        else this.byElement.set(element, [painted]);
      }
    }
    this.painted.set(block, list);
  }

  /** Removes what is painted for a block. */
  clear(block: IndexedBlock): void {
    const list = this.painted.get(block);
    if (!list) return;
    this.painted.delete(block);
    for (const painted of list) {
      this.unmark(painted);
      if (this.firsts.get(painted.mention.roleId) === painted) {
        this.firsts.delete(painted.mention.roleId);
        this.firstsDirty = true;
      }
      if (painted === this.activeMention) this.setActive(undefined);
    }
    for (const element of new Set(list.flatMap((p) => holders(block, p.range.startContainer, p.range.endContainer)))) {
      const remaining = (this.byElement.get(element) ?? []).filter((p) => p.block !== block);
      if (remaining.length > 0) this.byElement.set(element, remaining);
      else this.byElement.delete(element);
    }
  }

  /** What is painted for a block now. */
  mentionsOf(block: IndexedBlock): readonly PaintedMention[] {
    return this.painted.get(block) ?? [];
  }

  /** Every painted mention, in no particular order. */
  *all(): IterableIterator<PaintedMention> {
    for (const list of this.painted.values()) yield* list;
  }

  /** Paints one mention as `rolelens-active` (or none). */
  setActive(painted: PaintedMention | undefined): void {
    if (painted === this.activeMention) return;
    this.active.clear();
    this.activeMention = painted;
    if (painted) this.active.add(painted.range);
  }

  /** Removes every highlight RoleLens registered. */
  dispose(): void {
    for (const [roleId, highlight] of this.highlights) {
      highlight.clear();
      if (this.target.highlights.get(highlightName(roleId)) === highlight)
        this.target.highlights.delete(highlightName(roleId));
    }
    this.highlights.clear();
    this.firsts.clear();
    this.active.clear();
    if (this.target.highlights.get(ACTIVE_HIGHLIGHT) === this.active) this.target.highlights.delete(ACTIVE_HIGHLIGHT);
    this.painted.clear();
    this.byElement.clear();
    this.activeMention = undefined;
    this.target.shadowStyles?.dispose();
  }

  private mark(painted: PaintedMention): void {
    this.highlightFor(painted.mention.roleId).add(painted.range);
  }

  private unmark(painted: PaintedMention): void {
    this.highlights.get(painted.mention.roleId)?.delete(painted.range);
  }

  private highlightFor(roleId: RoleId): Highlight {
    let highlight = this.highlights.get(roleId);
    if (!highlight) {
      highlight = this.target.createHighlight();
      this.highlights.set(roleId, highlight);
      this.target.highlights.set(highlightName(roleId), highlight);
    }
    return highlight;
  }
}

/** The elements holding the block's text nodes from `first` to `last` (inclusive), without repeats. */
function holders(block: IndexedBlock, first: Node, last: Node): Element[] {
  const nodes = block.block.nodes;
  const from = nodes.indexOf(first as Text);
  if (from === -1) return [];
  const out = new Set<Element>();
  for (let i = from; i < nodes.length; i++) {
    const node = nodes[i] as Text;
    if (node.parentElement) out.add(node.parentElement);
    if (node === last) break;
  }
  return [...out];
}
