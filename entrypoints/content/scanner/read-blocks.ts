import { isBlock, isSkipped } from './skip-rules';

/**
 * A run of text the matcher reads as one block: the inline content between two block boundaries.
 * `text` is the text nodes' data joined, with one virtual space wherever an element boundary or a
 * skipped element separates two words ("<span>Product Manager</span><span>Acme</span>" must not read
 * as "ManagerAcme"); virtual spaces belong to no node.
 */
export interface TextBlock {
  readonly text: string;
  /** The block's text nodes in document order. */
  readonly nodes: readonly Text[];
  /** Where each node's data starts in `text`. */
  readonly starts: readonly number[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const WHITESPACE_END = /\s$/;
const HAS_WORD = /\S/;

/** Elements that are part of a word, not a boundary between words. */
const NO_BOUNDARY = new Set(['wbr']);

class BlockBuilder {
  readonly blocks: TextBlock[] = [];
  private parts: string[] = [];
  private nodes: Text[] = [];
  private starts: number[] = [];
  private length = 0;
  private endsWithSpace = true;
  private hasWord = false;

  text(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
    this.endsWithSpace = WHITESPACE_END.test(data);
    if (!this.hasWord && HAS_WORD.test(data)) this.hasWord = true;
  }

  /** An element edge inside the block: separates words unless white space already does. */
  boundary(): void {
    if (this.endsWithSpace) return;
    this.parts.push(' ');
    this.length += 1;
    this.endsWithSpace = true;
  }

  /** A block edge: the current run ends. */
  flush(): void {
    if (this.hasWord) this.blocks.push({ text: this.parts.join(''), nodes: this.nodes, starts: this.starts });
    if (this.length > 0) {
      this.parts = [];
      this.nodes = [];
      this.starts = [];
      this.length = 0;
    }
    this.endsWithSpace = true;
    this.hasWord = false;
  }
}

function enter(builder: BlockBuilder, element: Element): void {
  if (isBlock(element)) builder.flush();
  else if (!NO_BOUNDARY.has(element.localName)) builder.boundary();
  // An open shadow root renders its own text: read it as blocks of its own.
  const shadow = element.shadowRoot;
  if (shadow) {
    builder.flush();
    walk(builder, shadow);
    builder.flush();
  }
}

function leave(builder: BlockBuilder, element: Element): void {
  if (isBlock(element)) builder.flush();
  else if (!NO_BOUNDARY.has(element.localName)) builder.boundary();
}

/** Depth-first walk without recursion (pages nest elements thousands deep) and without callbacks. */
function walk(builder: BlockBuilder, root: Node): void {
  let node: Node | null = root.firstChild;
  while (node) {
    let next: Node | null = null;
    if (node.nodeType === TEXT_NODE) {
      builder.text(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (isSkipped(element)) {
        builder.boundary();
      } else {
        enter(builder, element);
        next = element.firstChild;
        if (!next) leave(builder, element);
      }
    }
    if (next) {
      node = next;
      continue;
    }
    // Climb until a sibling is found, leaving each finished element.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === ELEMENT_NODE) leave(builder, node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
}

/**
 * Reads the text of everything under `root` (open shadow roots included) as blocks, skipping what the
 * architecture says never to read. Nothing on the page is changed.
 */
export function readBlocks(root: Node): TextBlock[] {
  const builder = new BlockBuilder();
  if (root.nodeType === ELEMENT_NODE && isSkipped(root as Element)) return builder.blocks;
  walk(builder, root);
  builder.flush();
  return builder.blocks;
}
