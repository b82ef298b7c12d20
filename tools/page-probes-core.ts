/**
 * The page probes of `tools/page-probes.ts`, for any browser driver: each takes an `Evaluate`
 * (run a function in the page with one argument, return its serialisable result) instead of a
 * Playwright page, so Puppeteer (Firefox, `tools/firefox.ts`) and Playwright (Chromium) read pages
 * the same way. The functions that run in the page are the same code as in `tools/page-probes.ts`.
 */

/** Runs `fn(arg)` in a page or frame: `(fn, arg) => page.evaluate(fn, arg)` with Playwright or Puppeteer. */
export type Evaluate = <Arg, Result>(fn: (arg: Arg) => Result, arg: Arg) => Promise<Result>;

/** A painted mention as the page sees it: its role's highlight name, its text, and the expectation it falls under. */
export interface PaintedText {
  readonly role: string;
  readonly text: string;
  /** Path of the nearest element with `data-expect` (crossing shadow roots), or '' when there is none. */
  readonly owner: string;
}

export interface Expectation {
  readonly owner: string;
  readonly mentions: readonly string[];
}

export interface CardState {
  readonly visible: boolean;
  readonly opaque: boolean;
  readonly title: string;
  readonly text: string;
}

/**
 * Runs in the page: every range of every per-role highlight (`rolelens-<roleId>`; not `rolelens-active`
 * nor the style highlights `rolelens-style-<style>`, which hold the same ranges again), with its text
 * and the nearest `[data-expect]` element around its start. Paths are built the same way as in
 * `probeExpectations`, so the two can be compared.
 */
function probePainted(): PaintedText[] {
  const pathOf = (el: Element): string => {
    const parts: string[] = [];
    for (let node: Element | null = el; node;) {
      const parent: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
      const siblings: Element[] = node.parentElement
        ? [...node.parentElement.children]
        : [...((node.getRootNode() as ParentNode).children ?? [])];
      parts.unshift(`${node.localName}:${siblings.indexOf(node)}${node.parentElement ? '' : '#'}`);
      node = parent;
    }
    return parts.join('/');
  };
  const ownerOf = (node: Node): string => {
    for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el;) {
      if (el.hasAttribute('data-expect')) return pathOf(el);
      el = el.parentElement ?? (((el.getRootNode() as ShadowRoot).host as Element | undefined) || null);
    }
    return '';
  };
  const out: PaintedText[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('rolelens-') || name === 'rolelens-active' || name.startsWith('rolelens-style-')) continue;
    for (const r of highlight as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      out.push({ role: name.slice('rolelens-'.length), text: range.toString(), owner: ownerOf(r.startContainer) });
    }
  }
  return out;
}

/** Runs in the page: every `[data-expect]` element (document and open shadow roots) and what it lists. */
function probeExpectations(): Expectation[] {
  const pathOf = (el: Element): string => {
    const parts: string[] = [];
    for (let node: Element | null = el; node;) {
      const parent: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
      const siblings: Element[] = node.parentElement
        ? [...node.parentElement.children]
        : [...((node.getRootNode() as ParentNode).children ?? [])];
      parts.unshift(`${node.localName}:${siblings.indexOf(node)}${node.parentElement ? '' : '#'}`);
      node = parent;
    }
    return parts.join('/');
  };
  const out: Expectation[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      const value = el.getAttribute('data-expect');
      if (value !== null) {
        out.push({
          owner: pathOf(el),
          mentions: value
            .split('|')
            .map((s) => s.trim())
            .filter(Boolean),
        });
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return out;
}

/** Runs in the page: the hover card inside <rolelens-ui>'s open shadow root. */
function probeCard(): CardState | undefined {
  // RoleLens's own host is the <rolelens-ui> with the card in its shadow root (a page may have its own).
  const card = [...document.querySelectorAll('rolelens-ui')]
    .map((host) => host.shadowRoot?.querySelector('.rl-card'))
    .find((c) => c);
  if (!card) return undefined;
  const box = card.closest('.tippy-box');
  const rect = card.getBoundingClientRect();
  const visible = !!box && box.getAttribute('data-state') === 'visible' && rect.width > 0 && rect.height > 0;
  return {
    visible,
    opaque: !!box && getComputedStyle(box).opacity === '1',
    title: card.querySelector('.rl-card__title')?.textContent ?? '',
    text: (card as HTMLElement).innerText,
  };
}

/** Runs in the page: scrolls the first painted range with this text to the middle and returns its first line box's centre. */
function probeMentionPoint(wanted: string): { x: number; y: number } | undefined {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('rolelens-') || name === 'rolelens-active' || name.startsWith('rolelens-style-')) continue;
    for (const r of highlight as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString().replace(/\s+/g, ' ') !== wanted) continue;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return undefined;
}

/** `surface=role` with white space folded, as fixtures write it. */
export const mentionKey = (text: string, role: string) => `${text.replace(/\s+/g, ' ').trim()}=${role}`;

export function readPainted(evaluate: Evaluate): Promise<PaintedText[]> {
  return evaluate(probePainted, undefined);
}

export function readExpectations(evaluate: Evaluate): Promise<Expectation[]> {
  return evaluate(probeExpectations, undefined);
}

/**
 * Compares what is painted with what the page expects: for every `[data-expect]` owner, the sorted
 * `surface=role` lists; painted mentions with no owner are reported under ''. Returns the
 * differences (empty when all is as expected).
 */
export async function paintedVersusExpected(
  evaluate: Evaluate,
): Promise<{ owner: string; expected: string[]; painted: string[] }[]> {
  const [painted, expectations] = await Promise.all([readPainted(evaluate), readExpectations(evaluate)]);
  const byOwner = new Map<string, string[]>();
  for (const p of painted) {
    const list = byOwner.get(p.owner) ?? [];
    list.push(mentionKey(p.text, p.role));
    byOwner.set(p.owner, list);
  }
  const diffs: { owner: string; expected: string[]; painted: string[] }[] = [];
  const seen = new Set<string>();
  for (const e of expectations) {
    seen.add(e.owner);
    const expected = e.mentions.map((m) => {
      const at = m.lastIndexOf('=');
      return mentionKey(m.slice(0, at), m.slice(at + 1));
    });
    const got = byOwner.get(e.owner) ?? [];
    if (JSON.stringify([...expected].sort()) !== JSON.stringify([...got].sort())) {
      diffs.push({ owner: e.owner, expected: expected.sort(), painted: got.sort() });
    }
  }
  for (const [owner, got] of byOwner) if (!seen.has(owner)) diffs.push({ owner, expected: [], painted: got });
  return diffs;
}

/** Number of painted mentions in a frame. */
export async function paintedCount(evaluate: Evaluate): Promise<number> {
  return (await readPainted(evaluate)).length;
}

/** The visible text of the page (what a reader sees), to prove the extension left it alone. */
export function pageText(evaluate: Evaluate): Promise<string> {
  return evaluate(() => document.body?.innerText ?? '', undefined);
}

/** The hover card as the page shows it: inside <rolelens-ui>'s open shadow root. */
export function readCard(evaluate: Evaluate): Promise<CardState | undefined> {
  return evaluate(probeCard, undefined);
}

/**
 * Centre of the first line box of the first painted range whose text matches, for pointer moves;
 * scrolls it to the middle of the viewport first (scrolling changes nothing in the DOM).
 */
export function mentionPoint(evaluate: Evaluate, text: string): Promise<{ x: number; y: number } | undefined> {
  return evaluate(probeMentionPoint, text);
}

/** True while the hover card is shown (false when hidden or not there at all). */
export async function cardVisible(evaluate: Evaluate): Promise<boolean> {
  return (await readCard(evaluate))?.visible ?? false;
}
