/**
 * Highlight styles for text inside the page's shadow roots, where the browser needs them.
 *
 * `::highlight()` rules are matched in the tree of the highlighted text. Chromium paints highlights in
 * shadow trees from the manifest-injected page stylesheet; Firefox does not, so there the same rules
 * are adopted, as one constructed stylesheet, into each open shadow root that has a mention — the only
 * change RoleLens makes to anything of the page's, undone at teardown. No element is added, and a
 * constructed stylesheet is not subject to the page's Content Security Policy.
 */
export interface ShadowRootStyles {
  /** Makes sure highlights in this shadow root are styled. Cheap after the first call for a root. */
  adopt(root: ShadowRoot): void;
  /** Adds rules after the highlight rules (the reader's highlight style), in every root at once. */
  setExtraCss(css: string): void;
  /** Takes the stylesheet out of every shadow root it was adopted into. */
  dispose(): void;
}

export function shadowRootStyles(cssText: string, view: Window & typeof globalThis = window): ShadowRootStyles {
  const adopted = new Set<ShadowRoot>();
  let sheet: CSSStyleSheet | undefined;
  let extra = '';
  return {
    setExtraCss(css) {
      extra = css;
      try {
        sheet?.replaceSync(`${cssText}\n${extra}`);
      } catch {
        // Unstyled highlights in shadow roots; nothing else depends on it.
      }
    },
    adopt(root) {
      if (adopted.has(root)) return;
      adopted.add(root);
      try {
        if (!sheet) {
          sheet = new view.CSSStyleSheet();
          sheet.replaceSync(`${cssText}\n${extra}`);
        }
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      } catch {
        // A root that refuses stylesheets keeps its highlights unstyled; nothing else depends on it.
      }
    },
    dispose() {
      for (const root of adopted) {
        try {
          if (sheet && root.adoptedStyleSheets.includes(sheet))
            root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
        } catch {
          // The root is gone with its page.
        }
      }
      adopted.clear();
    },
  };
}

/** The shadow root a node is in, if any (open or closed alike; RoleLens only reads open ones). */
export function shadowRootOf(node: Node): ShadowRoot | undefined {
  const root = node.getRootNode();
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root ? (root as ShadowRoot) : undefined;
}
