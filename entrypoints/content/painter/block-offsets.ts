import type { TextBlock } from '../scanner/read-blocks';

/** A boundary point in the page: a text node and an offset in its data. */
export interface NodePoint {
  readonly node: Text;
  readonly offset: number;
}

/** Index of the last node whose piece starts at or before `offset` (binary search on `starts`). */
function lastStartingAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where node `i`'s piece ends in the block's text. */
function pieceEnd(block: TextBlock, i: number): number {
  return Math.min(block.text.length, (block.starts[i] as number) + (block.nodes[i] as Text).data.length);
}

/**
 * Maps a block offset back to a point in its text nodes. A start offset that falls on a virtual space
 * (added between elements) moves to the start of the next node; an end offset there moves to the end
 * of the previous node, so a range never covers a gap that is not page text.
 */
export function pointAt(block: TextBlock, offset: number, side: 'start' | 'end'): NodePoint | undefined {
  if (block.nodes.length === 0) return undefined;
  let i = lastStartingAtOrBefore(block.starts, side === 'end' ? offset - 1 : offset);
  const start = block.starts[i] as number;
  const end = pieceEnd(block, i);
  if (side === 'start') {
    if (offset >= end) {
      i += 1; // In a virtual space after node i: begin at the next node.
      const node = block.nodes[i];
      return node ? { node, offset: Math.max(0, -(block.starts[i] as number)) } : undefined;
    }
    return { node: block.nodes[i] as Text, offset: offset - start };
  }
  const node = block.nodes[i] as Text;
  return { node, offset: Math.min(offset, end) - start };
}
