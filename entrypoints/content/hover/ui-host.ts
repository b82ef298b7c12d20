/** The name of RoleLens's only element on a page (architecture, contract 1). */
export const UI_TAG = 'rolelens-ui';

/** RoleLens's element on a page: `<rolelens-ui>` with an open shadow root holding its UI. */
export interface UiHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where the UI is rendered, inside the shadow root. */
  readonly container: HTMLElement;
  remove(): void;
}

/** Keys typed in the card stay in it: page shortcuts (a site's "j"/"k", "/") must not fire. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Adds RoleLens's element to the end of `<html>` (not `<body>`: body styles and transforms must not
 * reach it), with its styles as a constructed stylesheet adopted by the shadow root. A constructed
 * stylesheet is not subject to the page's Content Security Policy in any browser, whereas Firefox
 * applies a strict page policy (`style-src 'self'`) to a `<style>` element a content script adds
 * (bugzilla.mozilla.org 1267027, 1706787), which would leave the card unstyled; so WXT's
 * createShadowRootUi, which adds one, is not used. Page CSS cannot reach into the shadow root, and
 * `all: initial` on the host keeps inherited page styles out.
 */
export function createUiHost(doc: Document, css: string): UiHost {
  const view = doc.defaultView ?? window;
  const host = doc.createElement(UI_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const rules = `:host { all: initial !important; }\n${css}`;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(rules);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // No constructed stylesheets in this browser: a <style> element (which a strict page policy may refuse).
    const style = doc.createElement('style');
    style.textContent = rules;
    shadow.append(style);
  }
  const container = doc.createElement('div');
  shadow.append(container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  doc.documentElement.append(host);
  return { host, shadow, container, remove: () => host.remove() };
}
