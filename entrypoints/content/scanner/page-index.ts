import type { BlockScan } from '../../../lib/matching';
import { compareInDocument } from './document-order';
import type { TextBlock } from './read-blocks';

/** A block of the page with what the matcher read in it. */
export interface IndexedBlock {
  readonly block: TextBlock;
  readonly scan: BlockScan;
  /**
   * Position in the document, in characters of text before it (approximately, after later
   * insertions): orders blocks and measures distance for the abbreviation rules.
   */
  key: number;
}

export function hasHits(scan: BlockScan): boolean {
  return scan.titles.length > 0 || scan.abbreviations.length > 0 || scan.phrases.length > 0;
}

/**
 * The blocks of the page that hold something (a title, an abbreviation, a phrase), by container (to
 * re-read one container after a change) and in document order (for the abbreviation rules), kept up
 * to date in time proportional to the change. Blocks with nothing in them are read and forgotten:
 * most of a page, and holding them would fill memory with what nobody needs (on a 200,000-node page
 * the garbage collector then stalls the page). Their length still counts in the keys.
 */
export class PageIndex {
  private readonly byContainer = new Map<Node, IndexedBlock[]>();
  /** Blocks in document order (ascending keys). */
  private readonly ordered: IndexedBlock[] = [];
  /** Blocks read but not yet placed in document order (the part of the page before the viewport). */
  private readonly unplaced = new Set<IndexedBlock>();
  /** Characters read so far by the first pass, counting blocks that are not kept. */
  private cursor = 0;
  /** The same for the part read out of order, before it is placed. */
  private unplacedCursor = 0;
  private abbreviationCount = 0;
  /** True once the first full read of the page is done: the abbreviation rules need the whole page. */
  complete = false;

  /** Number of abbreviation occurrences on the page: when 0, no abbreviation rule needs running. */
  get abbreviations(): number {
    return this.abbreviationCount;
  }

  get size(): number {
    return this.ordered.length + this.unplaced.size;
  }

  blocksOf(container: Node): readonly IndexedBlock[] {
    return this.byContainer.get(container) ?? [];
  }

  hasContainer(container: Node): boolean {
    return this.byContainer.has(container);
  }

  /** Blocks with hits, in document order. */
  hitBlocks(): readonly IndexedBlock[] {
    return this.ordered;
  }

  *containers(): IterableIterator<Node> {
    yield* this.byContainer.keys();
  }

  /**
   * Records a block of the first pass, read in document order after everything so far. Returns it,
   * or undefined when it holds nothing (not kept).
   */
  append(entry: { block: TextBlock; scan: BlockScan }): IndexedBlock | undefined {
    const key = this.cursor;
    this.cursor += entry.block.text.length + 1;
    if (!hasHits(entry.scan)) return undefined;
    const indexed: IndexedBlock = { ...entry, key };
    this.ordered.push(indexed);
    this.register(indexed);
    return indexed;
  }

  /**
   * Records a block of the part of the page read out of order (what comes before the viewport, read
   * after it), in document order among themselves; `placeAtStart` puts them in place.
   */
  addUnplaced(entry: { block: TextBlock; scan: BlockScan }): IndexedBlock | undefined {
    const key = this.unplacedCursor;
    this.unplacedCursor += entry.block.text.length + 1;
    if (!hasHits(entry.scan)) return undefined;
    const indexed: IndexedBlock = { ...entry, key };
    this.unplaced.add(indexed);
    this.register(indexed);
    return indexed;
  }

  /** Places the blocks read out of order before everything else: every other key moves up by their length. */
  placeAtStart(): void {
    const before = this.unplacedCursor;
    for (const indexed of this.ordered) indexed.key += before;
    this.cursor += before;
    this.ordered.unshift(...this.unplaced);
    this.unplaced.clear();
    this.unplacedCursor = 0;
  }

  /** Forgets every block of a container; returns them. */
  removeContainer(container: Node): IndexedBlock[] {
    const blocks = this.byContainer.get(container);
    if (!blocks) return [];
    this.byContainer.delete(container);
    for (const indexed of blocks) {
      this.abbreviationCount -= indexed.scan.abbreviations.length;
      if (this.unplaced.delete(indexed)) continue;
      removeFrom(this.ordered, indexed);
    }
    return blocks;
  }

  /** Inserts the blocks (with hits) read after a change at their place in document order. */
  insert(entries: readonly { block: TextBlock; scan: BlockScan }[]): IndexedBlock[] {
    return entries
      .filter((entry) => hasHits(entry.scan))
      .map((entry) => {
        const first = entry.block.nodes[0] as Node;
        const at = this.insertionPoint(first);
        const prev = this.ordered[at - 1];
        const next = this.ordered[at];
        const indexed: IndexedBlock = { ...entry, key: keyBetween(prev, next, entry.block.text.length) };
        this.ordered.splice(at, 0, indexed);
        this.register(indexed);
        // Keys crowded together by many insertions at one place: renumber (rare, linear).
        if ((prev && !(indexed.key > prev.key)) || (next && !(indexed.key < next.key))) this.rekey();
        return indexed;
      });
  }

  private register(indexed: IndexedBlock): void {
    const container = indexed.block.container;
    const list = this.byContainer.get(container);
    if (list) list.push(indexed);
    else this.byContainer.set(container, [indexed]);
    this.abbreviationCount += indexed.scan.abbreviations.length;
  }

  /** First index in `ordered` whose block starts after `node` (binary search in document order). */
  private insertionPoint(node: Node): number {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const other = (this.ordered[mid] as IndexedBlock).block.nodes[0] as Node;
      if (compareInDocument(other, node) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Gives every block a fresh key from its text lengths (when insertions crowded two keys together). */
  private rekey(): void {
    let key = 0;
    for (const indexed of this.ordered) {
      indexed.key = key;
      key += indexed.block.text.length + 1;
    }
  }
}

/** A key after `prev` (by its length when there is room) and before `next`. */
function keyBetween(prev: IndexedBlock | undefined, next: IndexedBlock | undefined, length: number): number {
  if (!prev) return next ? next.key - length - 1 : 0;
  const after = prev.key + prev.block.text.length + 1;
  if (!next || after < next.key) return after;
  return prev.key + (next.key - prev.key) / 2;
}

function upperBound(list: readonly IndexedBlock[], key: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as IndexedBlock).key <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Removes one block from a key-ordered list (binary search, then identity among equal keys). */
function removeFrom(list: IndexedBlock[], indexed: IndexedBlock): void {
  let i = upperBound(list, indexed.key) - 1;
  while (i >= 0 && list[i] !== indexed && (list[i] as IndexedBlock).key === indexed.key) i--;
  if (list[i] === indexed) list.splice(i, 1);
  else {
    const j = list.indexOf(indexed);
    if (j !== -1) list.splice(j, 1);
  }
}
