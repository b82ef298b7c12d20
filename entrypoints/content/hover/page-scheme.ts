/**
 * Whether the page is light or dark where a mention is, so a card set to "follow the page" matches
 * it: the first opaque background behind the mention decides (pages with a dark theme of their own,
 * whatever the system says); with none (a transparent page), the page's `color-scheme`, then the
 * system's preference.
 */
export function pageScheme(at: Element | null, view: Window = window): 'light' | 'dark' {
  for (let el: Element | null = at; el; el = el.parentElement ?? hostOf(el)) {
    const rgba = parseColor(view.getComputedStyle(el).backgroundColor);
    if (rgba && rgba[3] >= 0.5) return luminance(rgba) < 0.4 ? 'dark' : 'light';
  }
  const declared = view.getComputedStyle(view.document.documentElement).colorScheme;
  if (declared === 'dark') return 'dark';
  if (declared === 'light') return 'light';
  return view.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** `rgb(…)` / `rgba(…)` as computed styles give them (modern space-separated forms included). */
export function parseColor(value: string): [number, number, number, number] | undefined {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG 2), 0 for black to 1 for white. */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}
