import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchChromium } from '../../tools/chromium';
import { askPageRoles, setSyncStorage, updateExtension } from '../../tools/extension-driver';
import {
  installMutationLog,
  mentionPoint,
  pageText,
  paintedCount,
  paintedVersusExpected,
  cardVisible,
  readCard,
  readMutationLog,
  readPainted,
} from '../../tools/page-probes';
import { FIXTURE_PAGES } from '../../tools/paths';
import { startServer, type TestServer } from '../../tools/test-server';

/**
 * The content script in Debian Chromium with the built extension, on the team's self-describing
 * fixture pages (tests/fixtures/pages, expectations in `data-expect`), served on 127.0.0.1.
 */

const STATIC_PAGES = [
  'job-posting.html',
  'article.html',
  'job-board.html',
  'editor.html',
  'shadow-dom.html',
  'dynamic.html',
];
/** Every fixture page, for the integrity checks. */
const ALL_PAGES = readdirSync(FIXTURE_PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort();
const POLL = { timeout: 15_000, interval: 50 };

let server: TestServer;
let withExtension: ExtensionBrowser;
let withoutExtension: ExtensionBrowser;
const extensionErrors: string[] = [];

async function open(browser: ExtensionBrowser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith('chrome-extension://')) {
      extensionErrors.push(`${path}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => {
    if (String(error.stack).includes('chrome-extension://')) extensionErrors.push(`${path}: ${error.message}`);
  });
  await page.goto(server.url(path));
  return page;
}

/** Waits until the page shows exactly what its `data-expect` attributes say. */
async function expectPaintedAsExpected(page: Page): Promise<void> {
  await expect.poll(() => paintedVersusExpected(page), POLL).toEqual([]);
}

const setStorage = (values: Record<string, unknown>) => setSyncStorage(withExtension, values);

beforeAll(async () => {
  server = await startServer();
  [withExtension, withoutExtension] = await Promise.all([launchChromium(), launchChromium({ extension: false })]);
  await Promise.all([installMutationLog(withExtension.context), installMutationLog(withoutExtension.context)]);
});

afterAll(async () => {
  await Promise.all([withExtension?.close(), withoutExtension?.close()]);
  await server?.close();
});

describe('painting', () => {
  it.each(STATIC_PAGES)('%s: paints exactly the mentions the page expects', async (path) => {
    const page = await open(withExtension, path);
    await expectPaintedAsExpected(page);
    expect(await paintedCount(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('paints nothing inside inputs, text areas, editable regions, code or options', async () => {
    const page = await open(withExtension, 'editor.html');
    await expectPaintedAsExpected(page);
    const painted = await readPainted(page);
    const inForbidden = await page.evaluate(() => {
      const bad: string[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('rolelens-')) continue;
        for (const r of highlight as Iterable<AbstractRange>) {
          const el = r.startContainer.parentElement;
          if (
            el?.closest('input, textarea, select, option, code, pre, [contenteditable]:not([contenteditable="false"])')
          ) {
            bad.push(el.outerHTML);
          }
        }
      }
      return bad;
    });
    expect(painted.length).toBeGreaterThan(0);
    expect(inForbidden).toEqual([]);
    await page.close();
  });

  it('paints inside same-origin and cross-origin iframes', async () => {
    const page = await open(withExtension, 'iframe.html');
    await expectPaintedAsExpected(page);
    await expect.poll(() => page.frames().length, POLL).toBeGreaterThanOrEqual(3);
    const children = page.frames().filter((f) => f !== page.mainFrame());
    const origins = children.map((f) => new URL(f.url()).origin).sort();
    expect(origins).toEqual([server.origin, server.otherOrigin].sort());
    for (const frame of children) {
      await frame.waitForLoadState();
      await expect.poll(() => paintedVersusExpected(frame), POLL).toEqual([]);
      expect(await paintedCount(frame)).toBeGreaterThan(0);
    }
    await page.close();
  });
});

describe('reading order', () => {
  it('paints what is in the viewport first, even at the end of a very long page', async () => {
    // The reader is scrolled to the last paragraph: a plain walk would reach it last.
    const filler = Array.from({ length: 60_000 }, (_, i) => `<p>Paragraph ${i} of the archive.</p>`).join('');
    server.page(
      '/long.html',
      `<!doctype html><html><body><p>Our Product Owner opens the meeting.</p>${filler}
       <p id="end">Our Scrum Master closes it.</p>
       <script>document.getElementById('end').scrollIntoView();
         // When each mention is first painted, frame by frame.
         window.firstPainted = {};
         (function watch() {
           for (const [name, h] of CSS.highlights) for (const r of h) {
             const range = document.createRange();
             range.setStart(r.startContainer, r.startOffset);
             range.setEnd(r.endContainer, r.endOffset);
             window.firstPainted[range.toString()] ??= performance.now();
           }
           if (Object.keys(window.firstPainted).length < 2) requestAnimationFrame(watch);
         })();
       </script></body></html>`,
    );
    const page = await open(withExtension, '/long.html');
    const first = () =>
      page.evaluate(() => (window as unknown as { firstPainted: Record<string, number> }).firstPainted);
    await expect
      .poll(async () => Object.keys(await first()).sort(), { timeout: 30_000 })
      .toEqual(['Product Owner', 'Scrum Master']);
    const times = await first();
    expect(times['Scrum Master']).toBeLessThanOrEqual(times['Product Owner'] as number);
    await page.close();
  });
});

describe('pages that change', () => {
  it('re-reads text a script updates in place, leaving the page text as the script wrote it', async () => {
    const page = await open(withExtension, 'dynamic.html');
    await expectPaintedAsExpected(page);
    const live = await page.evaluate(() => {
      const el = document.querySelector('#live');
      return {
        update: el?.getAttribute('data-update-argument'),
        afterUpdate: el?.getAttribute('data-expect-after-update'),
        clear: el?.getAttribute('data-clear-argument'),
        afterClear: el?.getAttribute('data-expect-after-clear'),
      };
    });
    expect(live.update && live.clear).toBeTruthy();
    for (const [argument, expected] of [
      [live.update, live.afterUpdate],
      [live.clear, live.afterClear],
    ] as const) {
      await page.evaluate(
        (text) => (window as unknown as { updateInPlace(t: string): void }).updateInPlace(text),
        argument as string,
      );
      await page.evaluate(
        (value) => document.querySelector('#live')?.setAttribute('data-expect', value),
        expected ?? '',
      );
      // Nothing stale stays painted: what is painted is exactly what the new text holds.
      await expectPaintedAsExpected(page);
      expect(await page.evaluate(() => document.querySelector('#live')?.textContent)).toContain(argument as string);
    }
    await page.close();
  });

  it('paints results appended later, and content replaced wholesale', async () => {
    const page = await open(withExtension, 'dynamic.html');
    await expectPaintedAsExpected(page);
    const before = await paintedCount(page);
    await page.evaluate(() => (window as unknown as { appendResults(): void }).appendResults());
    await expect.poll(() => paintedCount(page), POLL).toBeGreaterThan(before);
    await expectPaintedAsExpected(page);
    await page.evaluate(() => (window as unknown as { replaceAll(): void }).replaceAll());
    await expectPaintedAsExpected(page);
    await page.close();
  });

  it('follows a job board as the detail pane changes and more results load', async () => {
    const page = await open(withExtension, 'job-board.html');
    await expectPaintedAsExpected(page);
    for (const i of [1, 4, 7]) {
      await page.evaluate((n) => (window as unknown as { showJob(i: number): void }).showJob(n), i);
      await expectPaintedAsExpected(page);
    }
    const before = await paintedCount(page);
    await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
    await expect.poll(() => paintedCount(page), POLL).toBeGreaterThan(before);
    await expectPaintedAsExpected(page);
    await page.close();
  });
});

describe('hover card', () => {
  it('opens on a resting pointer with the role’s title and summary, and closes on Escape', async () => {
    const page = await open(withExtension, 'job-posting.html');
    await expectPaintedAsExpected(page);
    const point = await mentionPoint(page, 'Scrum Master');
    expect(point).toBeDefined();
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardVisible(page), POLL).toBe(true);
    const card = await readCard(page);
    expect(card?.title).toBe('Scrum Master');
    // The card never covers the mention under the pointer.
    const overlap = await page.evaluate(
      ({ x, y }) => {
        const host = document.querySelector('rolelens-ui');
        const box = host?.shadowRoot?.querySelector('.rl-card')?.getBoundingClientRect();
        return !!box && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      },
      point ?? { x: 0, y: 0 },
    );
    expect(overlap).toBe(false);
    expect(card?.text).toContain('Accountable for establishing Scrum as the Scrum Guide defines it');
    expect(card?.text).toContain('Key responsibilities');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardVisible(page), POLL).toBe(false);
    await page.close();
  });

  it('explains how an abbreviation was read', async () => {
    const page = await open(withExtension, 'job-posting.html');
    await expectPaintedAsExpected(page);
    const painted = await readPainted(page);
    const abbreviation = painted.find((p) => /^[A-Z]{2,4}s?$/.test(p.text));
    expect(abbreviation, 'the job posting has an abbreviation').toBeDefined();
    const point = await mentionPoint(page, abbreviation?.text ?? '');
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardVisible(page), POLL).toBe(true);
    expect((await readCard(page))?.text).toMatch(/is read as .+: (defined on this page|this page is about)/);
    await page.close();
  });
});

describe('closing the card', () => {
  it('closes when its mention scrolls out of view', async () => {
    const page = await open(withExtension, 'article.html');
    await expectPaintedAsExpected(page);
    const first = (await readPainted(page))[0];
    const point = await mentionPoint(page, first?.text.replace(/\s+/g, ' ') ?? '');
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardVisible(page), POLL).toBe(true);
    await page.evaluate(() => window.scrollBy(0, window.innerHeight * 3));
    await expect.poll(() => cardVisible(page), POLL).toBe(false);
    await page.close();
  });
});

describe('page integrity', () => {
  it.each(ALL_PAGES)(
    '%s: changes nothing in the page’s DOM (mutations counted with and without RoleLens)',
    async (path) => {
      const [mine, control] = await Promise.all([open(withExtension, path), open(withoutExtension, path)]);
      await expectPaintedAsExpected(mine);
      // Hover once, so the card's host element is created too.
      const first = (await readPainted(mine))[0];
      const point = first ? await mentionPoint(mine, first.text.replace(/\s+/g, ' ')) : undefined;
      if (point) {
        await mine.mouse.move(point.x, point.y);
        await expect.poll(() => cardVisible(mine), POLL).toBe(true);
      }
      const [a, b] = await Promise.all([readMutationLog(mine), readMutationLog(control)]);
      expect({
        childList: a.childList,
        attributes: a.attributes,
        characterData: a.characterData,
        details: a.details,
      }).toEqual({
        childList: b.childList,
        attributes: b.attributes,
        characterData: b.characterData,
        details: b.details,
      });
      expect(await pageText(mine)).toBe(await pageText(control));
      await Promise.all([mine.close(), control.close()]);
    },
  );

  it('logs no error from the extension on any page', () => {
    expect(extensionErrors).toEqual([]);
  });
});

describe('extension reload or update under open pages', () => {
  it('tears the old script down without errors, and the new one takes over, painting once', async () => {
    const browser = await launchChromium();
    const errors: string[] = [];
    try {
      const page = await browser.context.newPage();
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url('job-posting.html'));
      await expectPaintedAsExpected(page);
      const point = await mentionPoint(page, 'Senior Product Manager');
      await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
      await expect.poll(() => cardVisible(page), POLL).toBe(true);
      const oldHost = await page.evaluateHandle(() => document.querySelector('rolelens-ui'));

      await updateExtension(browser);

      // The old script stops as soon as the new one starts: its card and host element go...
      await expect.poll(() => oldHost.evaluate((host) => host?.isConnected ?? false), POLL).toBe(false);
      // ...and the new one paints every mention exactly once (one highlight per role, no duplicates).
      await expectPaintedAsExpected(page);
      await page.mouse.move(5, 5);
      await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
      await expect.poll(() => cardVisible(page), POLL).toBe(true);
      expect((await readCard(page))?.title).toBe('Product Manager');
      expect(await page.evaluate(() => document.querySelectorAll('rolelens-ui').length)).toBe(1);
      expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]); // (the page's favicon)
    } finally {
      await browser.close();
    }
  });
});

describe('site switch', () => {
  it('turns RoleLens off and on for the site live in every open tab, and remembers it across reloads', async () => {
    const [a, b] = await Promise.all([open(withExtension, 'job-posting.html'), open(withExtension, 'article.html')]);
    await Promise.all([expectPaintedAsExpected(a), expectPaintedAsExpected(b)]);

    await setStorage({ disabledSites: ['127.0.0.1'] });
    await expect.poll(() => paintedCount(a), POLL).toBe(0);
    await expect.poll(() => paintedCount(b), POLL).toBe(0);
    expect(await a.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('rolelens-')))).toEqual([]);

    await a.reload();
    // Stays off after a reload: the new content script answers, and says it is not active.
    await expect.poll(() => askPageRoles(withExtension, a), POLL).toMatchObject({ active: false, roles: [] });
    expect(await paintedCount(a)).toBe(0);

    await setStorage({ disabledSites: [] });
    await Promise.all([expectPaintedAsExpected(a), expectPaintedAsExpected(b)]);

    await setStorage({ enabled: false });
    await expect.poll(() => paintedCount(b), POLL).toBe(0);
    await setStorage({ enabled: true });
    await expectPaintedAsExpected(b);
    await Promise.all([a.close(), b.close()]);
  });
});
