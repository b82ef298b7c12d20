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
 * Every block the scanner has read, by container (to re-read one container after a change) and in
 * document order (for the abbreviation rules), kept up to date in time proportional to the change.
 */
export class PageIndex {
  private readonly byContainer = new Map<Node, IndexedBlock[]>();
  /** All blocks in document order (ascending keys). */
  private readonly ordered: IndexedBlock[] = [];
  /** Blocks with any hit, in document order: all the abbreviation rules need to look at. */
  private readonly withHits: IndexedBlock[] = [];
  /** Blocks read but not yet placed in document order (the viewport-first pass reads ahead). */
  private readonly unplaced = new Set<IndexedBlock>();
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
    return this.withHits;
  }

  *containers(): IterableIterator<Node> {
    yield* this.byContainer.keys();
  }

  /** Records blocks of the initial pass, read in document order after everything placed so far. */
  append(entry: { block: TextBlock; scan: BlockScan }): IndexedBlock {
    const last = this.ordered[this.ordered.length - 1];
    const indexed: IndexedBlock = { ...entry, key: last ? last.key + last.block.text.length + 1 : 0 };
    this.ordered.push(indexed);
    if (hasHits(indexed.scan)) this.withHits.push(indexed);
    this.register(indexed);
    return indexed;
  }

  /** Records a block read ahead of the ordered pass; `place` puts it in order later. */
  addUnplaced(entry: { block: TextBlock; scan: BlockScan }): IndexedBlock {
    const indexed: IndexedBlock = { ...entry, key: Number.NaN };
    this.unplaced.add(indexed);
    this.register(indexed);
    return indexed;
  }

  /**
   * Places blocks read out of order (in document order among themselves) before everything placed so
   * far: the start of the page, read after the viewport. Renumbers all keys once.
   */
  placeAtStart(blocks: readonly IndexedBlock[]): void {
    const placed = blocks.filter((b) => this.unplaced.delete(b));
    if (placed.length === 0) return;
    this.ordered.unshift(...placed);
    this.withHits.splice(0, this.withHits.length, ...this.ordered.filter((b) => hasHits(b.scan)));
    this.rekey();
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
      if (hasHits(indexed.scan)) removeFrom(this.withHits, indexed);
    }
    return blocks;
  }

  /** Inserts blocks read after a change at their place in document order. */
  insert(entries: readonly { block: TextBlock; scan: BlockScan }[]): IndexedBlock[] {
    return entries.map((entry) => {
      const first = entry.block.nodes[0] as Node;
      const at = this.insertionPoint(first);
      const prev = this.ordered[at - 1];
      const next = this.ordered[at];
      const indexed: IndexedBlock = { ...entry, key: keyBetween(prev, next, entry.block.text.length) };
      this.ordered.splice(at, 0, indexed);
      if (hasHits(indexed.scan)) this.withHits.splice(upperBound(this.withHits, indexed.key), 0, indexed);
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
