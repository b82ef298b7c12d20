import type { BlockScan, Matcher } from '../../../lib/matching';
import { type IndexedBlock, PageIndex } from './page-index';
import { BlockWalker, containerOf, type TextBlock } from './read-blocks';
import { runSliced, yieldToPage } from './sliced-runner';
import { isBlock, isInsideSkipped, OWN_ELEMENT_PREFIX } from './skip-rules';
import { viewportStart } from './viewport-start';

/** What the scanner tells the rest of the content script. */
export interface ScanListener {
  /** Blocks read (or read again) and blocks gone since the last call: their mentions may have changed. */
  onBlocks(changed: readonly IndexedBlock[], removed: readonly IndexedBlock[]): void;
  /** Blocks whose text changed in place: unpaint them now, before the next frame (they are re-read soon). */
  onStale(blocks: readonly IndexedBlock[]): void;
}

/** How long page changes are collected before they are read, so bursts are read once. */
const BATCH_DELAY_MS = 40;

/** Changes waiting to be read. */
interface PendingChanges {
  readonly added: Set<Node>;
  readonly removed: Set<Node>;
  /** Containers whose own text changed (text edited in place, inline nodes added or removed). */
  readonly dirty: Set<Node>;
}

const newPending = (): PendingChanges => ({ added: new Set(), removed: new Set(), dirty: new Set() });

/**
 * Reads a page's text into a `PageIndex`: first what is in the viewport, then the whole document in
 * slices; afterwards only what changes (added and removed subtrees, text changed in place), in
 * batches. Never writes to the page.
 */
export class PageScanner {
  readonly index = new PageIndex();
  private readonly observer: MutationObserver;
  private readonly observed = new Set<Node>();
  private readonly hosts = new Set<Element>();
  private pending = newPending();
  private initialDone = false;
  private draining = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly matcher: Matcher,
    private readonly listener: ScanListener,
    private readonly signal: AbortSignal,
    /** False once the extension is gone (reloaded, updated): asking tears the mount down. */
    private readonly alive: () => boolean = () => true,
  ) {
    this.observer = new MutationObserver((records) => this.record(records));
    signal.addEventListener(
      'abort',
      () => {
        this.observer.disconnect();
        clearTimeout(this.timer);
      },
      { once: true },
    );
  }

  /** True for the host of an open shadow root the scanner reads (a Set lookup). */
  isShadowHost = (target: EventTarget | null): boolean => this.hosts.has(target as Element);

  /** Reads the page and keeps watching it. Resolves when the first full read is done. */
  async start(): Promise<void> {
    if (this.doc.designMode === 'on') return; // The whole document is an editor.
    this.observe(this.doc); // Before reading, so that no change is missed.
    await this.initialPass();
    this.initialDone = true;
    this.schedule();
  }

  /** Watches a document or shadow root for changes (each only once). */
  private observe(root: Node): void {
    if (this.observed.has(root) || this.signal.aborted) return;
    this.observed.add(root);
    if (root.nodeType === 11) this.hosts.add((root as ShadowRoot).host);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private scan(block: TextBlock) {
    return { block, scan: this.matcher.scanBlock(block.text) };
  }

  /**
   * The first read, in slices: from the viewport to the end of the page (so what the reader sees is
   * painted first), then from the start of the page up to the viewport.
   */
  private async initialPass(): Promise<void> {
    // Compile the matcher in a task of its own: its first use costs a few milliseconds, cold.
    this.matcher.scanBlock('Product Manager');
    await yieldToPage();

    const onShadowRoot = (root: ShadowRoot) => this.observe(root);
    const start = viewportStart(this.doc);
    await this.readInSlices(new BlockWalker(this.doc, { onShadowRoot, from: start }), (b) => this.index.append(b));
    if (start) {
      const before = new BlockWalker(this.doc, { onShadowRoot, until: start });
      await this.readInSlices(before, (b) => this.index.addUnplaced(b));
      this.index.placeAtStart();
    }
    this.index.complete = true;
    this.listener.onBlocks([], []); // The whole page is known: abbreviations can be read now.
  }

  /**
   * Walks, scans and indexes a few dozen nodes at a time until the slice's time is up, so reading,
   * matching and painting together stay within it; paints once per slice.
   */
  private readInSlices(
    walker: BlockWalker,
    add: (entry: { block: TextBlock; scan: BlockScan }) => IndexedBlock | undefined,
  ): Promise<void> {
    const few = () => true; // step() asks every 64 nodes: stop at the first ask.
    return runSliced((shouldStop) => {
      const changed: IndexedBlock[] = [];
      do {
        for (const block of walker.step(few)) {
          const indexed = add(this.scan(block));
          if (indexed) changed.push(indexed);
        }
      } while (!walker.finished && !shouldStop());
      if (changed.length > 0) this.listener.onBlocks(changed, []);
      if (walker.lostItsPlace) {
        // The page removed the node we stood on: the mutation records bring the rest.
        this.pending.added.add(this.doc.documentElement);
        return true;
      }
      return walker.finished;
    }, this.signal);
  }

  /** MutationObserver callback: runs before the page renders again. */
  private record(records: readonly MutationRecord[]): void {
    if (!this.alive()) return;
    const stale = new Set<IndexedBlock>();
    for (const r of records) {
      if (r.type === 'characterData') {
        const container = containerOf(r.target);
        this.pending.dirty.add(container);
        for (const b of this.index.blocksOf(container)) if (b.block.nodes.includes(r.target as Text)) stale.add(b);
        continue;
      }
      if (isOwnElement(r.target)) continue;
      let inline = false;
      for (const node of r.addedNodes) {
        if (isOwnElement(node)) continue;
        this.pending.added.add(node);
        inline ||= !(node.nodeType === 1 && isBlock(node as Element));
      }
      for (const node of r.removedNodes) {
        if (isOwnElement(node)) continue;
        this.pending.removed.add(node);
        inline ||= !(node.nodeType === 1 && isBlock(node as Element));
      }
      // Inline content came or went: the surrounding block's text is different now.
      if (inline) this.pending.dirty.add(containerOf(r.target));
    }
    if (stale.size > 0) this.listener.onStale([...stale]);
    this.schedule();
  }

  private schedule(): void {
    if (!this.initialDone || this.draining || this.timer !== undefined || this.signal.aborted) return;
    const { added, removed, dirty } = this.pending;
    if (added.size + removed.size + dirty.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.drain();
    }, BATCH_DELAY_MS);
  }

  /** Reads pending changes, in slices, until none are left. */
  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (!this.signal.aborted) {
        const batch = this.pending;
        this.pending = newPending();
        if (batch.added.size + batch.removed.size + batch.dirty.size === 0) break;
        await this.readBatch(batch);
      }
    } finally {
      this.draining = false;
    }
    this.schedule();
  }

  private async readBatch(batch: PendingChanges): Promise<void> {
    const removed: IndexedBlock[] = [];
    const changed: IndexedBlock[] = [];
    const replaced = new Set<Node>();

    // 1. Forget containers that left the page.
    for (const node of batch.removed) if (!node.isConnected) removed.push(...this.forgetContainersIn(node));

    // 2. Read added subtrees (outermost only; a subtree inside another added one is read with it).
    const roots = [...batch.added].filter(
      (node) => node.isConnected && !hasAncestorIn(node, batch.added) && !isInsideSkipped(node),
    );
    const onShadowRoot = (root: ShadowRoot) => this.observe(root);
    const work: { walker: BlockWalker; partial: Node | undefined }[] = roots.map((node) => {
      // An inline root's surrounding block is read whole below; its blocks here are partial.
      const partial = node.nodeType === 1 && isBlock(node as Element) ? undefined : containerOf(node);
      if (partial) batch.dirty.add(partial);
      return { walker: new BlockWalker(node, { onShadowRoot }), partial };
    });
    const dirty = [...batch.dirty];
    /** The dirty container being read again (a huge one takes several slices). */
    let rereading: BlockWalker | undefined;

    const replace = (blocks: readonly TextBlock[]) => {
      for (const b of blocks) {
        if (replaced.has(b.container)) continue;
        replaced.add(b.container);
        removed.push(...this.index.removeContainer(b.container));
      }
      changed.push(...this.index.insert(blocks.map((b) => this.scan(b))));
    };

    const few = () => true; // step() asks every 64 nodes: stop at the first ask.
    await runSliced((shouldStop) => {
      while (work.length > 0) {
        const item = work[0] as { walker: BlockWalker; partial: Node | undefined };
        do replace(item.walker.step(few).filter((b) => b.container !== item.partial));
        while (!item.walker.finished && !shouldStop());
        if (!item.walker.finished) return this.report(changed, removed);
        work.shift();
      }
      while (dirty.length > 0 || rereading) {
        if (shouldStop()) return this.report(changed, removed);
        if (!rereading) {
          const container = dirty.shift() as Node;
          if (replaced.has(container)) continue;
          replaced.add(container);
          removed.push(...this.index.removeContainer(container));
          if (!container.isConnected || isInsideSkipped(container)) continue;
          rereading = new BlockWalker(container, { nested: false });
        }
        changed.push(...this.index.insert(rereading.step(few).map((b) => this.scan(b))));
        if (rereading.finished) rereading = undefined;
      }
      this.report(changed, removed);
      return true;
    }, this.signal);
  }

  /** Tells the listener what changed so far in this batch; false (not done) for `runSliced`. */
  private report(changed: IndexedBlock[], removed: IndexedBlock[]): false {
    if (changed.length + removed.length > 0) this.listener.onBlocks(changed.splice(0), removed.splice(0));
    return false;
  }

  /** Drops the blocks of every container in a removed subtree (shadow roots included). */
  private forgetContainersIn(node: Node): IndexedBlock[] {
    const gone: IndexedBlock[] = [];
    const visit = (root: Node) => {
      if (this.index.hasContainer(root)) gone.push(...this.index.removeContainer(root));
      if (root.nodeType !== 1 && root.nodeType !== 11) return;
      const walker = (root.ownerDocument ?? this.doc).createTreeWalker(root, 0x1);
      for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
        if (this.index.hasContainer(el)) gone.push(...this.index.removeContainer(el));
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    if (node.nodeType === 1 && (node as Element).shadowRoot) visit((node as Element).shadowRoot as ShadowRoot);
    visit(node);
    return gone;
  }
}

/** RoleLens's own elements (a tag check only: this runs for every node of every mutation record). */
function isOwnElement(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName.startsWith(OWN_ELEMENT_PREFIX);
}

function hasAncestorIn(node: Node, set: ReadonlySet<Node>): boolean {
  for (let p = node.parentNode; p; p = p.parentNode ?? (p.nodeType === 11 ? (p as ShadowRoot).host : null)) {
    if (set.has(p)) return true;
  }
  return false;
}
