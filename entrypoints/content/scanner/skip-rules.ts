/**
 * What RoleLens never reads (architecture, "Never scan"): code, form fields, editable content, non-text
 * elements and its own UI. Checked once per element while walking, so a skipped subtree costs one
 * lookup, never a walk.
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'object',
  'embed',
  'video',
  'audio',
  'head',
  'title',
]);

/** Block-level elements: their text is read as a block of its own (a paragraph, a cell, a heading). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'button',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'label',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** The prefix of every element RoleLens adds to a page (architecture, contract 1). */
export const OWN_ELEMENT_PREFIX = 'rolelens-';

/** True for tags never read, RoleLens's own elements included. */
export function isSkippedTag(tag: string): boolean {
  // 114 is "r": most tags are not RoleLens's own, and this spares a string comparison per element.
  return SKIPPED_TAGS.has(tag) || (tag.charCodeAt(0) === 114 && tag.startsWith(OWN_ELEMENT_PREFIX));
}

/**
 * Elements skipped for an attribute, whatever their tag: editable regions (`contenteditable` other
 * than "false") and `hidden` content, which is not on screen. As one selector, so that the walk of an
 * ordinary page finds them all with one native query (read-blocks.ts).
 */
export const SKIPPED_BY_ATTRIBUTE = '[contenteditable]:not([contenteditable="false" i]),[hidden]';

/** The same question asked of one element; cheap for most elements (`hasAttributes()`). */
export function isSkippedByAttribute(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** True when the element and everything in it must not be read. */
export function isSkipped(element: Element): boolean {
  return isSkippedTag(element.localName) || isSkippedByAttribute(element);
}

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

/** The parent element of a node, crossing from a shadow root to its host. */
function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : null;
}

/** True when a node sits inside something RoleLens must not read (used for nodes found by mutations). */
export function isInsideSkipped(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let el = node.nodeType === 1 ? (node as Element) : parentAcrossShadow(node); el; el = parentAcrossShadow(el)) {
    if (isSkipped(el)) return true;
  }
  return false;
}
