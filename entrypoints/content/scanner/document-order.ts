/**
 * Document order across shadow trees. `compareDocumentPosition` only orders nodes of one tree; a node
 * inside an open shadow root is ordered where its host stands (its content comes before the host's
 * own light children, as the scanner reads it).
 */

const PRECEDING = 0x02;
const FOLLOWING = 0x04;

/** The chain [node, host, host's host, …] up to the document tree. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host;) {
    const host = (root as ShadowRoot).host;
    chain.push(host);
    root = host.getRootNode();
  }
  return chain;
}

/** Negative when `a` comes before `b`, positive after, 0 for the same node. */
export function compareInDocument(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() === b.getRootNode()) {
    const position = a.compareDocumentPosition(b);
    return position & FOLLOWING ? -1 : position & PRECEDING ? 1 : 0;
  }
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  // Walk down from the document tree while both chains pass through the same host.
  let i = chainA.length - 1;
  let j = chainB.length - 1;
  while (i > 0 && j > 0 && chainA[i] === chainB[j]) {
    i--;
    j--;
  }
  const x = chainA[i] as Node;
  const y = chainB[j] as Node;
  if (x === y) return i === 0 ? -1 : 1; // One is the host of the other's tree: the host's shadow content first.
  if (x.contains(y)) return i === 0 ? 1 : -1;
  if (y.contains(x)) return j === 0 ? -1 : 1;
  const position = x.compareDocumentPosition(y);
  return position & FOLLOWING ? -1 : position & PRECEDING ? 1 : 0;
}
