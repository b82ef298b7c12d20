import type { BrowserContext, Frame, Page } from 'playwright-core';

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

/**
 * Runs in the page: every range of every `rolelens-*` highlight except `rolelens-active`, with its text
 * and the nearest `[data-expect]` element around its start. Paths are built the same way as in
 * `readExpectations`, so the two can be compared.
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
    if (!name.startsWith('rolelens-') || name === 'rolelens-active') continue;
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

/** `surface=role` with white space folded, as fixtures write it. */
export const mentionKey = (text: string, role: string) => `${text.replace(/\s+/g, ' ').trim()}=${role}`;

export async function readPainted(frame: Page | Frame): Promise<PaintedText[]> {
  return frame.evaluate(probePainted);
}

export async function readExpectations(frame: Page | Frame): Promise<Expectation[]> {
  return frame.evaluate(probeExpectations);
}

/**
 * Compares what is painted with what the page expects: for every `[data-expect]` owner, the sorted
 * `surface=role` lists; painted mentions with no owner are reported under ''. Returns the
 * differences (empty when all is as expected).
 */
export async function paintedVersusExpected(
  frame: Page | Frame,
): Promise<{ owner: string; expected: string[]; painted: string[] }[]> {
  const [painted, expectations] = await Promise.all([readPainted(frame), readExpectations(frame)]);
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
export async function paintedCount(frame: Page | Frame): Promise<number> {
  return (await readPainted(frame)).length;
}

/**
 * Installs, in every page and frame of the context, a MutationObserver that starts at
 * DOMContentLoaded and counts every change to the page except those to RoleLens's own
 * `rolelens-*` elements. Read with `readMutationLog`.
 */
export async function installMutationLog(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const log = { childList: 0, attributes: 0, characterData: 0, own: 0, details: [] as string[] };
    (window as unknown as { __rolelensMutationLog: typeof log }).__rolelensMutationLog = log;
    const isOwn = (node: Node) => node.nodeType === 1 && (node as Element).localName.startsWith('rolelens-');
    const start = () => {
      new MutationObserver((records) => {
        for (const r of records) {
          const nodes = [...r.addedNodes, ...r.removedNodes];
          if (isOwn(r.target) || (nodes.length > 0 && nodes.every(isOwn))) {
            log.own++;
            continue;
          }
          log[r.type]++;
          if (log.details.length < 50) {
            const target = r.target.nodeType === 1 ? (r.target as Element).localName : r.target.nodeName;
            log.details.push(`${r.type} on ${target}${r.attributeName ? ` [${r.attributeName}]` : ''}`);
          }
        }
      }).observe(document, { childList: true, attributes: true, characterData: true, subtree: true });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  });
}

export interface MutationLog {
  childList: number;
  attributes: number;
  characterData: number;
  own: number;
  details: string[];
}

export async function readMutationLog(frame: Page | Frame): Promise<MutationLog> {
  return frame.evaluate(() => {
    const log = (window as unknown as { __rolelensMutationLog?: MutationLog }).__rolelensMutationLog;
    return log
      ? { ...log, details: [...log.details] }
      : { childList: -1, attributes: -1, characterData: -1, own: 0, details: [] };
  });
}

/** The visible text of the page (what a reader sees), to prove the extension left it alone. */
export async function pageText(frame: Page | Frame): Promise<string> {
  return frame.evaluate(() => document.body?.innerText ?? '');
}

/** The hover card as the page shows it: inside <rolelens-ui>'s open shadow root. */
export async function readCard(
  page: Page,
): Promise<{ visible: boolean; opaque: boolean; title: string; text: string } | undefined> {
  return page.evaluate(() => {
    const host = document.querySelector('rolelens-ui');
    const card = host?.shadowRoot?.querySelector('.rl-card');
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
  });
}

/**
 * Centre of the first line box of the first painted range whose text matches, for pointer moves;
 * scrolls it to the middle of the viewport first (scrolling changes nothing in the DOM).
 */
export async function mentionPoint(frame: Page | Frame, text: string): Promise<{ x: number; y: number } | undefined> {
  return frame.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('rolelens-') || name === 'rolelens-active') continue;
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
  }, text);
}

/** True while the hover card is shown (false when hidden or not there at all). */
export async function cardVisible(page: Page): Promise<boolean> {
  return (await readCard(page))?.visible ?? false;
}
