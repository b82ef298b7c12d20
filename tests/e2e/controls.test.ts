import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../../tools/axe';
import { type ExtensionBrowser, launchChromium } from '../../tools/chromium';
import { askPageRoles, clearSyncStorage, setSyncStorage } from '../../tools/extension-driver';
import {
  cardVisible,
  mentionPoint,
  paintedCount,
  paintedVersusExpected,
  readCard,
  readPainted,
} from '../../tools/page-probes';
import { startServer, type TestServer } from '../../tools/test-server';

/**
 * Keyboard commands, context-menu actions, corrections and the options' live effect, in Chromium
 * with the built extension. Commands and menu items are run through the `runCommand` /
 * `runMenuAction` messages, which call the same functions as the browser's listeners (lib/commands.ts).
 */

const POLL = { timeout: 15_000, interval: 50 };

let server: TestServer;
let browser: ExtensionBrowser;
/** An extension page that sends the messages (the service worker cannot message itself). */
let messenger: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  messenger = await browser.context.newPage();
  await messenger.goto(browser.extensionUrl('compare.html'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  await clearSyncStorage(browser);
  for (const page of browser.context.pages()) if (page !== messenger) await page.close();
});

async function openJobPosting(): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(server.url('job-posting.html'));
  await expect.poll(async () => (await askPageRoles(browser, page))?.complete, POLL).toBe(true);
  const tabId = await browser.worker?.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
      .chrome;
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  if (tabId === undefined) throw new Error('no tab id');
  return { page, tabId };
}

async function send(name: 'runCommand' | 'runMenuAction', data: object): Promise<{ done: boolean }> {
  return messenger.evaluate(
    ([n, d]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ done: boolean }> } } }
      ).chrome.runtime.sendMessage({ rolelens: n, data: d }),
    [name, data] as const,
  );
}

/** The text of the mention painted as `rolelens-active`, and where focus is. */
async function activeState(page: Page) {
  return page.evaluate(() => {
    const active = CSS.highlights.get('rolelens-active');
    const [range] = active ? [...(active as unknown as Iterable<AbstractRange>)] : [];
    let text = '';
    let top = 0;
    if (range) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      text = live.toString().replace(/\s+/g, ' ');
      top = live.getBoundingClientRect().top + window.scrollY;
    }
    const host = document.querySelector('rolelens-ui');
    const focused = document.activeElement === host ? host?.shadowRoot?.activeElement : document.activeElement;
    return { text, top, focus: focused ? `${focused.localName}.${focused.className}` : '' };
  });
}

describe('keyboard commands', () => {
  it('next and previous move through the mentions in page order, with the card open and focused', async () => {
    const { page, tabId } = await openJobPosting();
    const painted = await readPainted(page);
    expect((await send('runCommand', { command: 'next-mention', tabId })).done).toBe(true);
    await expect.poll(() => cardVisible(page), POLL).toBe(true);
    const first = await activeState(page);
    expect(painted.map((p) => p.text.replace(/\s+/g, ' '))).toContain(first.text);
    expect(first.focus).toMatch(/^div\.rl-card/);

    await send('runCommand', { command: 'next-mention', tabId });
    await expect.poll(async () => (await activeState(page)).top, POLL).toBeGreaterThanOrEqual(first.top);
    const second = await activeState(page);
    await send('runCommand', { command: 'previous-mention', tabId });
    await expect.poll(async () => (await activeState(page)).top, POLL).toBe(first.top);
    expect(second.text === first.text && second.top === first.top).toBe(false);

    // Escape closes the card and gives focus back to where it was (the page, not the card).
    await page.keyboard.press('Escape');
    await expect.poll(() => cardVisible(page), POLL).toBe(false);
    expect((await activeState(page)).focus).not.toMatch(/rl-card/);
  });

  it('previous from the start wraps to the last mention', async () => {
    const { page, tabId } = await openJobPosting();
    await send('runCommand', { command: 'previous-mention', tabId });
    await expect.poll(() => cardVisible(page), POLL).toBe(true);
    const last = await activeState(page);
    const lastInPage = await page.evaluate(() => {
      let best: Range | undefined;
      for (const [name, highlight] of CSS.highlights) {
        if (name === 'rolelens-active') continue;
        for (const r of highlight as unknown as Iterable<AbstractRange>) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (!best || best.compareBoundaryPoints(Range.START_TO_START, range) < 0) best = range;
        }
      }
      return best?.toString().replace(/\s+/g, ' ');
    });
    expect(last.text).toBe(lastInPage);
  });

  it('toggles RoleLens on the site, in the page at once', async () => {
    const { page, tabId } = await openJobPosting();
    const before = await paintedCount(page);
    expect((await send('runCommand', { command: 'toggle-site', tabId })).done).toBe(true);
    await expect.poll(() => paintedCount(page), POLL).toBe(0);
    await send('runCommand', { command: 'toggle-site', tabId });
    await expect.poll(() => paintedCount(page), POLL).toBe(before);
  });

  it('the open card is named by its role and has no serious accessibility violations', async () => {
    const { page, tabId } = await openJobPosting();
    await send('runCommand', { command: 'next-mention', tabId });
    await expect.poll(() => cardVisible(page), POLL).toBe(true);
    const named = await page.evaluate(() => {
      const card = document.querySelector('rolelens-ui')?.shadowRoot?.querySelector('.rl-card');
      const label = card?.getAttribute('aria-labelledby');
      const root = card?.getRootNode() as ShadowRoot | undefined;
      return { role: card?.getAttribute('role'), name: label ? root?.getElementById(label)?.textContent : null };
    });
    expect(named.role).toBe('dialog');
    expect(named.name).toBe((await readCard(page))?.title);
    const violations = await seriousViolations(page);
    expect(violations.filter((v) => v.targets.some((t) => t.includes('rolelens-ui')))).toEqual([]);
  });
});

describe('context menu', () => {
  async function select(page: Page, text: string): Promise<void> {
    await page.evaluate((wanted) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at === -1) continue;
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center', behavior: 'instant' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return;
      }
      throw new Error(`no "${wanted}" on the page`);
    }, text);
  }

  it('explains a selected role title with its card at the selection', async () => {
    const { page, tabId } = await openJobPosting();
    await select(page, 'Scrum Master');
    expect((await send('runMenuAction', { menuItemId: 'rolelens-explain', tabId, frameId: 0 })).done).toBe(true);
    await expect.poll(() => cardVisible(page), POLL).toBe(true);
    expect((await readCard(page))?.title).toBe('Scrum Master');
  });

  it('says a selection is not a role it knows, and links to the glossary', async () => {
    const { page, tabId } = await openJobPosting();
    await select(page, 'Engineering Manager');
    await send('runMenuAction', { menuItemId: 'rolelens-explain', tabId, frameId: 0 });
    await expect
      .poll(() => page.evaluate(() => document.querySelector('rolelens-ui')?.shadowRoot?.textContent ?? ''), POLL)
      .toContain('not a role title RoleLens knows');
    const opened = browser.context.waitForEvent('page');
    await page.evaluate(() => {
      const button = [...(document.querySelector('rolelens-ui')?.shadowRoot?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent === 'Open the glossary',
      );
      button?.click();
    });
    const glossary = await opened;
    await glossary.waitForURL(/compare\.html\?view=glossary/);
  });

  it('turns RoleLens off on the site', async () => {
    const { page, tabId } = await openJobPosting();
    await send('runMenuAction', { menuItemId: 'rolelens-site-off', tabId, frameId: 0 });
    await expect.poll(() => paintedCount(page), POLL).toBe(0);
  });
});

describe('corrections', () => {
  it('“Not this meaning” rereads an abbreviation on the site at once, and after a reload', async () => {
    const { page } = await openJobPosting();
    const point = await mentionPoint(page, 'PMs');
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardVisible(page), POLL).toBe(true);
    const click = (label: string) =>
      page.evaluate((wanted) => {
        const button = [...(document.querySelector('rolelens-ui')?.shadowRoot?.querySelectorAll('button') ?? [])].find(
          (b) => b.textContent?.trim() === wanted,
        );
        if (!button) throw new Error(`no button ${wanted}`);
        button.click();
      }, label);
    await click('Not this meaning');
    await click('Project Manager');
    const pms = async () => (await readPainted(page)).filter((p) => p.text === 'PMs').map((p) => p.role);
    await expect.poll(pms, POLL).toEqual(['project-manager', 'project-manager']);
    await page.reload();
    await expect.poll(pms, POLL).toEqual(['project-manager', 'project-manager']);
    // "A time of day" is not a role: nothing is painted for PM then.
    await setSyncStorage(browser, {
      corrections: { '127.0.0.1': { PM: { kind: 'other', label: 'a time of day (post meridiem)' } } },
    });
    await expect.poll(pms, POLL).toEqual([]);
  });
});

describe('options in open tabs', () => {
  const adopted = (page: Page) =>
    page.evaluate(() => [...document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')));

  it('highlight style: soft background, none until hovered, and back to the underline', async () => {
    const { page } = await openJobPosting();
    expect(await adopted(page)).toEqual([]);
    await setSyncStorage(browser, { highlightStyle: 'background' });
    await expect.poll(async () => (await adopted(page)).join(''), POLL).toMatch(/background-color: rgba\(59, 130, 246/);
    await setSyncStorage(browser, { highlightStyle: 'hover-only' });
    await expect
      .poll(async () => (await adopted(page)).join(''), POLL)
      .toMatch(/text-decoration-line: none !important/);
    // The mention under the pointer still shows.
    const point = await mentionPoint(page, 'Head of Product');
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardVisible(page), POLL).toBe(true);
    await setSyncStorage(browser, { highlightStyle: 'underline' });
    await expect.poll(() => adopted(page), POLL).toEqual([]);
    expect(await paintedVersusExpected(page)).toEqual([]);
  });

  it('first mention only marks one mention per role, live, and all of them again when turned off', async () => {
    const { page } = await openJobPosting();
    const perRole = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...CSS.highlights]
            .filter(([n]) => n !== 'rolelens-active')
            .map(([n, h]) => [n, (h as unknown as Set<unknown>).size]),
        ),
      );
    const all = await perRole();
    expect(Math.max(...Object.values(all))).toBeGreaterThan(1);
    await setSyncStorage(browser, { firstMentionOnly: true });
    await expect.poll(async () => Object.values(await perRole()).every((n) => n <= 1), POLL).toBe(true);
    const first = (await readPainted(page)).find((p) => p.role === 'product-manager');
    expect(first?.text).toBe('Senior Product Manager');
    await setSyncStorage(browser, { firstMentionOnly: false });
    await expect.poll(perRole, POLL).toEqual(all);
  });

  it('card theme: light, dark, or following the page', async () => {
    const { page } = await openJobPosting();
    const theme = async () => {
      const point = await mentionPoint(page, 'Head of Product');
      await page.mouse.move(1, 1);
      await expect.poll(() => cardVisible(page), POLL).toBe(false);
      await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
      await expect.poll(() => cardVisible(page), POLL).toBe(true);
      return page.evaluate(() =>
        document.querySelector('rolelens-ui')?.shadowRoot?.querySelector('.rl-card')?.getAttribute('data-theme'),
      );
    };
    expect(await theme()).toBe('light'); // The fixture page is light.
    await setSyncStorage(browser, { cardTheme: 'dark' });
    await expect.poll(theme, POLL).toBe('dark');
    // A dark block of the page around the mention (a page theme of its own, whatever the system says).
    await page.evaluate(() => {
      const item = [...document.querySelectorAll('li')].find((li) => li.textContent?.includes('Head of Product'));
      if (item) item.setAttribute('style', 'background: #111; color: #eee');
    });
    await setSyncStorage(browser, { cardTheme: 'auto' });
    await expect.poll(theme, POLL).toBe('dark');
  });

  it('hover delay: the card waits as long as set', async () => {
    const { page } = await openJobPosting();
    await setSyncStorage(browser, { hoverDelayMs: 1500 });
    const point = await mentionPoint(page, 'Head of Product');
    // Rest on the mention until the card opens, and time it; again until the new delay has reached
    // the tab (storage change events are asynchronous), which the first rest may precede.
    const restUntilOpen = async () => {
      await page.mouse.move(1, 1);
      await expect.poll(() => cardVisible(page), POLL).toBe(false);
      const started = Date.now();
      await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
      await expect.poll(() => cardVisible(page), POLL).toBe(true);
      return Date.now() - started;
    };
    await expect.poll(restUntilOpen, { timeout: 20_000 }).toBeGreaterThanOrEqual(1400);
  });
});

describe('keyboard in the popup and compare page', () => {
  it('“On this page” is reached with Tab and chosen with Enter', async () => {
    const { page, tabId } = await openJobPosting();
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    const role = popup.getByRole('button', { name: /Product Manager/ }).first();
    await role.waitFor();
    // Tab from the top of the popup until the role's button has focus.
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await popup.keyboard.press('Tab');
      reached = await role.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await popup.keyboard.press('Enter');
    await expect.poll(() => cardVisible(page), POLL).toBe(true);
    expect((await readCard(page))?.title).toBe('Product Manager');
  });

  it('the compare page’s pickers and swap work from the keyboard', async () => {
    const compare = await browser.context.newPage();
    await compare.goto(browser.extensionUrl('compare.html?a=product-manager&b=product-owner'));
    const first = compare.getByLabel('First role');
    await first.focus();
    await compare.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(compare.url()).searchParams.get('a'), POLL).not.toBe('product-manager');
    const chosen = new URL(compare.url()).searchParams.get('a');
    await compare.getByRole('button', { name: 'Swap the two roles' }).focus();
    await compare.keyboard.press('Enter');
    await expect.poll(() => new URL(compare.url()).searchParams.get('b'), POLL).toBe(chosen);
  });
});

describe('motion', () => {
  it('opens the card without animation for readers who ask for reduced motion', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(server.url('job-posting.html'));
    await expect.poll(() => paintedVersusExpected(page), POLL).toEqual([]);
    const point = await mentionPoint(page, 'Head of Product');
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardVisible(page), POLL).toBe(true);
    const transition = await page.evaluate(() => {
      const box = document.querySelector('rolelens-ui')?.shadowRoot?.querySelector<HTMLElement>('.tippy-box');
      return box ? [getComputedStyle(box).transitionDuration, box.style.transitionDuration] : [];
    });
    expect(transition.every((d) => d === '' || d === '0s' || d === '0ms')).toBe(true);
  });
});
