import { describe, expect, it } from 'vitest';
import { shadowRootOf, shadowRootStyles } from '../../entrypoints/content/painter/shadow-root-styles';

describe('shadow root styles (Firefox)', () => {
  it('adopts the highlight rules once per shadow root, next to the page’s own, and takes them out again', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const pages = new CSSStyleSheet();
    root.adoptedStyleSheets = [pages];
    const styles = shadowRootStyles('::highlight(rolelens-product-manager) { text-decoration-line: underline; }');
    styles.adopt(root);
    styles.adopt(root);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(pages);
    // The page replaces its sheets later: RoleLens's sheet is gone, and dispose must not bring it back.
    root.adoptedStyleSheets = [pages];
    styles.dispose();
    expect(root.adoptedStyleSheets).toEqual([pages]);
    host.remove();
  });

  it('leaves a shadow root that refuses stylesheets alone', () => {
    const root = {
      get adoptedStyleSheets(): CSSStyleSheet[] {
        throw new Error('no');
      },
    } as unknown as ShadowRoot;
    const styles = shadowRootStyles('');
    expect(() => styles.adopt(root)).not.toThrow();
    expect(() => styles.dispose()).not.toThrow();
  });

  it('finds the shadow root of a node, and none for document nodes', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const text = document.createTextNode('PM');
    root.append(text);
    expect(shadowRootOf(text)).toBe(root);
    document.body.append(document.createTextNode('x'));
    expect(shadowRootOf(document.body.lastChild as Node)).toBeUndefined();
  });
});
