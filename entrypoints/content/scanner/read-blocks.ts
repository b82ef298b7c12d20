import { isBlock, isBlockTag, isSkipped, isSkippedByAttribute, isSkippedTag, SKIPPED_BY_ATTRIBUTE } from './skip-rules';

/**
 * A run of text the matcher reads as one block: the inline content of one block-level element (its
 * container) between two nested blocks. `text` is the text nodes' data joined, with one virtual space
 * where an element boundary or a skipped element separates two words with nothing between them
 * ("<span>Product Manager</span><span>Acme</span>" must not read as "ManagerAcme"); virtual spaces
 * belong to no node.
 */
export interface TextBlock {
  readonly text: string;
  /** The block's text nodes in document order (a huge node may appear in several blocks). */
  readonly nodes: readonly Text[];
  /** Where each node's data starts in `text` (negative when the block starts inside the node). */
  readonly starts: readonly number[];
  /** The block-level element, shadow root or document whose own content this run is. */
  readonly container: Node;
}

/**
 * Longest block handed to the matcher at once: a 5 MB text node is read in pieces (cut at white
 * space) so that no single step of the scan runs long.
 */
export const MAX_BLOCK_CHARS = 16_384;

/**
 * Most text one `step` hands back: a 5 MB text node becomes hundreds of blocks in one move of the
 * walk, and scanning all of them at once would hold the page for a long task.
 */
export const STEP_CHARS = MAX_BLOCK_CHARS;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const WHITESPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or digit (ASCII answered without a regular expression: this runs for every text node). */
function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD_CHAR.test(text[index] as string);
}

/** True when the text has a character other than white space (usually its first). */
function hasWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 160 && !(code >= 0x2000 && WHITESPACE.test(text[i] as string))) return true;
  }
  return false;
}

/** How far back from the limit a cut looks for the end of a line or sentence. */
const CUT_SEARCH = 2048;

/**
 * Where to cut a text too long for one block, at most at `limit`: at the end of a line or sentence
 * near the limit, so that no title is cut in two; else at white space; `from` when there is none.
 * ("Sr. Product Owner" is not a sentence end.)
 */
export function cutPoint(data: string, from: number, limit: number): number {
  for (let i = limit; i > Math.max(from, limit - CUT_SEARCH); i--) {
    const code = data.charCodeAt(i);
    if (code === 10) return i;
    if (code === 32 && /[.!?;]/.test(data[i - 1] as string) && !/\b[SJ]r\.$/i.test(data.slice(i - 4, i))) return i;
  }
  for (let i = limit; i > from; i--) if (WHITESPACE.test(data[i] as string)) return i;
  return from;
}

/** Elements that are part of a word, not a boundary between words. */
const NO_BOUNDARY = new Set(['wbr']);

class BlockBuilder {
  /** Completed blocks not yet handed out. */
  private readonly blocks: TextBlock[] = [];
  /** Characters in `blocks`. */
  private queued = 0;
  private parts: string[] = [];
  private nodes: Text[] = [];
  private starts: number[] = [];
  private length = 0;
  private endsWithWord = false;
  private pendingBoundary = false;
  private hasWord = false;

  constructor(private container: Node) {}

  text(node: Text): void {
    const data = node.data;
    // White space between tags (most text nodes of a pretty-printed page) is not stored: it only
    // separates words, like an element edge. A range over a mention still covers it.
    if (!hasWord(data)) {
      this.boundary();
      return;
    }
    let from = 0;
    while (data.length - from > MAX_BLOCK_CHARS - this.length) {
      const room = MAX_BLOCK_CHARS - this.length;
      let cut = cutPoint(data, from, from + room);
      if (cut === from) {
        if (this.length > 0) {
          this.flush();
          continue;
        }
        cut = from + room; // No white space at all: cut anyway.
      }
      this.piece(node, data, from, cut);
      this.flush();
      from = cut;
    }
    this.piece(node, data, from, data.length);
  }

  private piece(node: Text, data: string, from: number, to: number): void {
    if (to <= from) return;
    const piece = from === 0 && to === data.length ? data : data.slice(from, to);
    if (this.pendingBoundary && this.endsWithWord && isWordChar(piece, 0)) {
      this.parts.push(' ');
      this.length += 1;
    }
    this.pendingBoundary = false;
    this.nodes.push(node);
    this.starts.push(this.length - from);
    this.parts.push(piece);
    this.length += piece.length;
    this.endsWithWord = isWordChar(piece, piece.length - 1);
    this.hasWord = true; // Pieces come from text that is not all white space.
  }

  /**
   * An element edge inside the block: separates two words that meet there ("Manager" | "Acme"), but
   * adds nothing next to white space or punctuation ("<a>Scrum Master</a>." stays as written). Decided
   * when the next text arrives.
   */
  boundary(): void {
    if (this.length > 0) this.pendingBoundary = true;
  }

  /** A block edge: the current run ends. */
  flush(): void {
    if (this.hasWord) {
      this.blocks.push({
        text: this.parts.join(''),
        nodes: this.nodes,
        starts: this.starts,
        container: this.container,
      });
      this.queued += this.length;
    }
    if (this.length > 0) {
      this.parts = [];
      this.nodes = [];
      this.starts = [];
      this.length = 0;
    }
    this.endsWithWord = false;
    this.pendingBoundary = false;
    this.hasWord = false;
  }

  /** Characters of completed blocks not yet handed out. */
  get queuedChars(): number {
    return this.queued;
  }

  get hasQueued(): boolean {
    return this.blocks.length > 0;
  }

  /** Hands out completed blocks, in order, up to about `chars` characters (at least one block). */
  take(chars: number): TextBlock[] {
    let n = 0;
    let taken = 0;
    while (n < this.blocks.length && (n === 0 || taken + (this.blocks[n] as TextBlock).text.length <= chars)) {
      taken += (this.blocks[n] as TextBlock).text.length;
      n++;
    }
    this.queued -= taken;
    return this.blocks.splice(0, n);
  }

  /** Runs from here on belong to `container` (the current run ends first). */
  switchTo(container: Node): void {
    this.flush();
    this.container = container;
  }

  get currentContainer(): Node {
    return this.container;
  }
}

export interface ReadOptions {
  /**
   * Read nested block elements and shadow roots too (the default), or only the root's own runs:
   * after a text change in place, only the changed container needs reading again.
   */
  readonly nested?: boolean;
  /** Told of every open shadow root met, so the scanner can observe it. */
  readonly onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * Start at this element (in the root's own tree, not in a shadow root) instead of the root's start,
   * and read from there to the end: the viewport first.
   */
  readonly from?: Element;
  /** Stop on reaching this element (not read): the rest was read already. */
  readonly until?: Element;
}

/**
 * The block container of a node: its nearest block-level ancestor (or itself), the shadow root or
 * the document it sits in.
 */
export function containerOf(node: Node): Node {
  for (let n: Node | null = node; n;) {
    if (n.nodeType === ELEMENT_NODE && isBlock(n as Element)) return n;
    const parent: Node | null = n.parentNode;
    if (!parent || parent.nodeType === 11 || parent.nodeType === 9) return parent ?? n;
    n = parent;
  }
  return node;
}

/** One tree being walked: the document, or an open shadow root met on the way. */
interface Frame {
  readonly root: Node;
  readonly walker: TreeWalker;
  /** Containers to return to when leaving each open block element. */
  readonly containers: Node[];
  /** The container outside this tree, restored when the frame ends. */
  readonly outer: Node;
  started: boolean;
  /** The current node is an entered element whose children come next. */
  descend: boolean;
  /** Elements of this tree skipped for an attribute, found by one query; absent: ask each element. */
  readonly skippedByAttribute: ReadonlySet<Element> | undefined;
}

/**
 * Trees with at most this many elements have their editable and hidden elements found by one native
 * query before the walk: faster than asking each element, but one call that cannot be cut into
 * slices, so larger trees (10 to 20 ms for 200,000 nodes) ask each element instead.
 */
const QUERY_MAX_ELEMENTS = 20_000;

function skippedByAttributeIn(root: Node): ReadonlySet<Element> | undefined {
  if (root.nodeType !== 9 && root.nodeType !== ELEMENT_NODE) return undefined; // Shadow roots: small, asked.
  const tree = root as Document | Element;
  try {
    if (tree.getElementsByTagName('*').length > QUERY_MAX_ELEMENTS) return undefined;
    return new Set(tree.querySelectorAll(SKIPPED_BY_ATTRIBUTE));
  } catch {
    return undefined; // Some DOM implementations recurse on very deep trees: ask each element.
  }
}

/**
 * Reads the text under a root as blocks, skipping what the architecture says never to read, in
 * steps that stop when asked and resume where they stopped. Walks with TreeWalkers over elements and
 * text, with no per-node filter callback (a filter tripled the scan time of a long article); skipped
 * elements are stepped over as whole subtrees; open shadow roots are walked where their host stands.
 * Changes nothing.
 */
export class BlockWalker {
  private readonly builder: BlockBuilder;
  private readonly frames: Frame[] = [];
  private readonly nested: boolean;
  private done = false;
  /** A node to process before moving on (the `from` element). */
  private pendingFirst: Node | undefined;

  private readonly until: Element | undefined;

  constructor(
    private readonly root: Node,
    private readonly options: ReadOptions = {},
  ) {
    this.nested = options.nested ?? true;
    this.until = options.until;
    this.builder = new BlockBuilder(containerOf(root));
    if (root.nodeType === TEXT_NODE) {
      this.builder.text(root as Text);
      this.finish();
    } else if (root.nodeType === ELEMENT_NODE && isSkipped(root as Element)) {
      this.finish();
    } else {
      this.pushFrame(root);
      if (options.from) this.startAt(options.from);
    }
  }

  /**
   * Places the walk on `from`, as if everything before it had been walked: the containers of its
   * block ancestors are on the stack, so leaving them later attributes text to the right container.
   */
  private startAt(from: Element): void {
    const frame = this.frames[0];
    if (!frame || !this.root.contains(from) || from === this.root) return;
    const ancestors: Element[] = [];
    for (let a = from.parentElement; a && a !== this.root; a = a.parentElement) ancestors.unshift(a);
    for (const a of ancestors) {
      if (!isBlock(a)) continue;
      frame.containers.push(this.builder.currentContainer);
      this.builder.switchTo(a);
    }
    frame.started = true;
    frame.walker.currentNode = from;
    this.pendingFirst = from;
  }

  /** True once the walk has ended and every block has been handed out. */
  get finished(): boolean {
    return this.done && !this.builder.hasQueued;
  }

  /** True when the node the walk stands on was removed from the page mid-walk. */
  get lostItsPlace(): boolean {
    const frame = this.frames[this.frames.length - 1];
    return !!frame && frame.root.isConnected && !frame.walker.currentNode.isConnected;
  }

  /**
   * Walks until `shouldStop()` says so (asked every 64 nodes), the walk ends or about STEP_CHARS of
   * text is ready; returns the blocks completed, at most about STEP_CHARS of text (the rest comes with
   * the next steps).
   */
  step(shouldStop: () => boolean = () => false): TextBlock[] {
    let count = 0;
    while (!this.done && this.builder.queuedChars < STEP_CHARS) {
      if ((++count & 63) === 0 && shouldStop()) break;
      this.advance();
    }
    return this.builder.take(STEP_CHARS);
  }

  private pushFrame(root: Node): void {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (!doc) return;
    // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, written out: a page may replace NodeFilter.
    const walker = doc.createTreeWalker(root, 0x1 | 0x4);
    this.frames.push({
      root,
      walker,
      containers: [],
      outer: this.builder.currentContainer,
      started: false,
      descend: false,
      // A walk of the root's own runs only (`nested: false`, a text change in place) meets few of its
      // elements: a query over the whole subtree would cost more than asking them.
      skippedByAttribute: this.nested ? skippedByAttributeIn(root) : undefined,
    });
    if (root.nodeType === 11) this.builder.switchTo(root);
  }

  private finish(): void {
    this.builder.flush();
    this.done = true;
  }

  /** One node forward. */
  private advance(): void {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) {
      this.finish();
      return;
    }
    const { walker } = frame;
    let node: Node | null = null;
    if (this.pendingFirst) {
      node = this.pendingFirst;
      this.pendingFirst = undefined;
    } else if (!frame.started) {
      frame.started = true;
      node = walker.firstChild();
    } else {
      if (frame.descend) {
        frame.descend = false;
        const element = walker.currentNode as Element;
        node = walker.firstChild();
        if (!node) this.leave(frame, element);
      }
      node ??= this.nextAfterCurrent(frame);
    }
    if (!node) {
      this.frames.pop();
      if (frame.root.nodeType === 11) this.builder.switchTo(frame.outer);
      return;
    }
    if (node === this.until) {
      this.finish();
      return;
    }
    if (node.nodeType === TEXT_NODE) {
      this.builder.text(node as Text);
      return;
    }
    const element = node as Element;
    const tag = element.localName;
    if (
      isSkippedTag(tag) ||
      (frame.skippedByAttribute ? frame.skippedByAttribute.has(element) : isSkippedByAttribute(element))
    ) {
      this.builder.boundary();
    } else if (this.enter(frame, element, tag)) {
      frame.descend = true;
    }
  }

  /** The next sibling of the current node, or of its nearest ancestor that has one (leaving each). */
  private nextAfterCurrent(frame: Frame): Node | null {
    const { walker } = frame;
    let next = walker.nextSibling();
    while (!next) {
      const parent = walker.parentNode();
      if (!parent || parent === frame.root) return null;
      this.leave(frame, parent as Element);
      next = walker.nextSibling();
    }
    return next;
  }

  /** Opens an element; false when its content is not to be read (a nested block in `nested: false`). */
  private enter(frame: Frame, element: Element, tag: string): boolean {
    if (isBlockTag(tag)) {
      if (!this.nested && element !== this.root) {
        this.builder.flush();
        return false;
      }
      frame.containers.push(this.builder.currentContainer);
      this.builder.switchTo(element);
    } else if (!NO_BOUNDARY.has(tag)) {
      this.builder.boundary();
    }
    const shadow = this.nested ? element.shadowRoot : null;
    if (shadow) {
      this.options.onShadowRoot?.(shadow);
      this.pushFrame(shadow); // Walked first; the host's own children follow when it ends.
    }
    return true;
  }

  private leave(frame: Frame, element: Element): void {
    const tag = element.localName;
    if (isBlockTag(tag)) this.builder.switchTo(frame.containers.pop() ?? this.builder.currentContainer);
    else if (!NO_BOUNDARY.has(tag)) this.builder.boundary();
  }
}

/** Reads everything under `root` at once (see `BlockWalker`). */
export function readBlocks(root: Node, options: ReadOptions = {}): TextBlock[] {
  const walker = new BlockWalker(root, options);
  const blocks: TextBlock[] = [];
  while (!walker.finished) blocks.push(...walker.step());
  return blocks;
}
