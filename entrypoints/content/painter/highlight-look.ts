import { ROLE_IDS } from '../../../data/role-ids';
import type { HighlightStyle } from '../../../lib/settings-values';
import { ACTIVE_HIGHLIGHT, highlightName } from './highlight-painter';

/**
 * The reader's highlight style (options page). The manifest stylesheet (public/highlights.css) draws
 * the default, a dotted underline; the other styles override it with one constructed stylesheet
 * adopted into the document — only while a non-default style is chosen, so pages of readers who keep
 * the default get nothing at all. A constructed stylesheet adds no element and is not subject to the
 * page's Content Security Policy; `!important` makes it win over the manifest's rules whatever the
 * order the browser puts them in.
 */
export function lookCss(style: HighlightStyle): string {
  if (style === 'underline') return '';
  const roles = ROLE_IDS.map((id) => `::highlight(${highlightName(id)})`).join(',\n');
  const look =
    style === 'background'
      ? 'text-decoration-line: none !important; background-color: rgb(59 130 246 / 0.2) !important;'
      : 'text-decoration-line: none !important; background-color: transparent !important;';
  // The active mention keeps its look in every style (it is how "none until hovered" shows anything).
  return `${roles} { ${look} }\n::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgb(250 204 21 / 0.4) !important; }`;
}

export interface HighlightLook {
  set(style: HighlightStyle): void;
  dispose(): void;
}

/** Keeps the document's override stylesheet in step with the chosen style; `onCss` hears each change. */
export function highlightLook(doc: Document = document, onCss: (css: string) => void = () => {}): HighlightLook {
  let sheet: CSSStyleSheet | undefined;
  let current: HighlightStyle = 'underline';
  const detach = () => {
    try {
      if (sheet && doc.adoptedStyleSheets.includes(sheet))
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      // A document that refuses stylesheets keeps the default look.
    }
  };
  return {
    set(style) {
      if (style === current) return;
      current = style;
      const css = lookCss(style);
      onCss(css);
      if (!css) {
        detach();
        return;
      }
      try {
        sheet ??= new (doc.defaultView ?? window).CSSStyleSheet();
        sheet.replaceSync(css);
        if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      } catch {
        // As above: the default look stays.
      }
    },
    dispose() {
      detach();
      current = 'underline';
    },
  };
}
