import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockExternalRequests, type ExtensionBrowser, launchChromium } from '../../tools/chromium';
import { askPageRoles } from '../../tools/extension-driver';
import { causedByUs, observeLongTasks, type ProfiledRun, profileRun } from '../../tools/long-tasks';
import { cardVisible, mentionPoint, paintedCount, paintedVersusExpected, readCard } from '../../tools/page-probes';
import { ARTIFACTS } from '../../tools/paths';
import { startServer, type TestServer } from '../../tools/test-server';
import {
  deepNesting,
  type ExtremePage,
  FRAME_PAGE,
  hugeTextNode,
  manyFrames,
  manyTextNodes,
  rewriteStorm,
} from '../support/extreme-pages';

/**
 * RoleLens on pages that make its life hard, in Chromium with the built extension: the strictest
 * Content-Security-Policy with Trusted Types, a page that breaks its own DOM functions and throws from
 * its own observers, and extreme pages (200,000 text nodes, 5,000-deep nesting, a 5 MB text node, 50
 * frames, text rewritten 100 times a second). Each must be read as expected, with no long task
 * caused by RoleLens, no error from it, bounded memory, and a page that keeps working.
 */

const STRICT_CSP = "default-src 'none'; style-src 'self'; require-trusted-types-for 'script'";
const POLL = { timeout: 15_000, interval: 50 };
const READ = { timeout: 120_000, interval: 200 };

let server: TestServer;
let browser: ExtensionBrowser;
const extensionErrors: string[] = [];
const report: Record<string, Record<string, number | string>> = {};

beforeAll(async () => {
  server = await startServer([
    (path) => (path === '/strict-csp.html' ? { 'content-security-policy': STRICT_CSP } : undefined),
  ]);
  browser = await launchChromium();
  await blockExternalRequests(browser.context);
  await observeLongTasks(browser.context);
  // Policy violations as the page sees them (init scripts run whatever the page's policy says).
  await browser.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
});

afterAll(async () => {
  if (Object.keys(report).length > 0) {
    console.table(report);
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, 'extreme-pages.json'), `${JSON.stringify(report, null, 2)}\n`);
  }
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  const own = (where: string | undefined) => !!where?.includes('chrome-extension://');
  page.on('console', (m) => {
    if (m.type() === 'error' && own(m.location().url)) extensionErrors.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => own(e.stack) && extensionErrors.push(`${path}: ${e.message}`));
  await page.goto(server.url(path));
  return page;
}

const readToTheEnd = (page: Page) =>
  expect.poll(async () => (await askPageRoles(browser, page))?.complete, READ).toBe(true);
const mentionsFound = async (page: Page) =>
  (await askPageRoles(browser, page))?.roles.reduce((n, r) => n + r.count, 0) ?? -1;

describe('a strict Content-Security-Policy with Trusted Types', () => {
  it('still gets highlights and the card, and no policy violation from RoleLens', async () => {
    const page = await open('strict-csp.html');
    await expect.poll(() => paintedVersusExpected(page), POLL).toEqual([]);

    const point = await mentionPoint(page, 'Scrum Master');
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardVisible(page), POLL).toBe(true);
    const card = await readCard(page);
    expect(card?.title).toBe('Scrum Master');
    expect(card?.text).toContain('Accountable for establishing Scrum as the Scrum Guide defines it');
    // The card is styled as on any page (its styles are a constructed stylesheet, which the policy allows).
    await expect.poll(async () => (await readCard(page))?.opaque, POLL).toBe(true);
    const look = await page.evaluate(() => {
      const host = [...document.querySelectorAll('rolelens-ui')].find((h) => h.shadowRoot?.querySelector('.rl-card'));
      const card = host?.shadowRoot?.querySelector('.rl-card') as HTMLElement;
      const style = getComputedStyle(card);
      return {
        background: style.backgroundColor,
        radius: style.borderTopLeftRadius,
        sheets: host?.shadowRoot?.adoptedStyleSheets.length,
      };
    });
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.radius).not.toBe('0px');
    expect(look.sheets).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardVisible(page), POLL).toBe(false);

    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations).toEqual([]);
    expect(extensionErrors).toEqual([]);
    // And the policy was really in force: the page's own world may not use an HTML sink.
    const sink = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'allowed';
      } catch {
        return 'refused';
      }
    });
    expect(sink).toBe('refused');
    await page.close();
  });
});

describe('a page that breaks its own functions and throws from its own observers', () => {
  /** True while the page's functions are broken (asked without calling any of them). */
  const broken = (page: Page) =>
    page.evaluate(() => {
      try {
        document.createRange();
        return false;
      } catch {
        return true;
      }
    });
  /** The card, read with functions the page leaves alone (so the page can stay broken meanwhile). */
  const cardTitleWhileBroken = (page: Page) =>
    page.evaluate(() => {
      for (const host of document.querySelectorAll('rolelens-ui')) {
        const box = host.shadowRoot?.querySelector('.tippy-box');
        if (box?.getAttribute('data-state') === 'visible')
          return host.shadowRoot?.querySelector('.rl-card__title')?.textContent ?? '';
      }
      return '';
    });

  it('is read, explained and followed as any page, and left exactly as it was', async () => {
    const pageErrors: string[] = [];
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const fake = () => page.evaluate(() => document.querySelector('rolelens-ui[data-fixture="fake"]')?.outerHTML);
    page.on('console', (m) => {
      if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) extensionErrors.push(m.text());
    });
    await page.goto(server.url('hostile.html'));
    await readToTheEnd(page);
    expect(await broken(page)).toBe(true); // RoleLens read the page while it was broken.
    const fakeBefore = await fake();
    expect(await paintedVersusExpected(page)).toEqual([]); // (The probe puts the functions back first.)

    // The card opens on a resting pointer and closes on Escape while the page is broken.
    const point = await mentionPoint(page, 'Scrum Master');
    await page.evaluate(() => (window as unknown as { __fixture: { breakAgain(): void } }).__fixture.breakAgain());
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardTitleWhileBroken(page), POLL).toBe('Scrum Master');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardTitleWhileBroken(page), POLL).toBe('');

    // Text changed in place and content added, both while broken, are read again.
    await page.evaluate(() => {
      const f = (window as unknown as { __fixture: { retitle(t: string): void; addCard(t: string, e: string): void } })
        .__fixture;
      f.retitle('Chief Product Owner, Payments');
      f.addCard('Lead Product Owner', 'Lead Product Owner=product-owner');
    });
    await expect
      .poll(async () => (await askPageRoles(browser, page))?.roles.map((r) => `${r.roleId} ${r.count}`).sort(), POLL)
      .toEqual(['chief-product-officer 1', 'chief-product-owner 1', 'product-owner 2', 'scrum-master 1']);
    expect(await broken(page)).toBe(true);
    await page.evaluate(() => {
      (window as unknown as { __fixture: { restore(): void } }).__fixture.restore();
      document.getElementById('live-title')?.setAttribute('data-expect', 'Chief Product Owner=chief-product-owner');
    });
    expect(await paintedVersusExpected(page)).toEqual([]);

    // The page's own element named like RoleLens's is untouched; RoleLens's host is another element.
    expect(await fake()).toBe(fakeBefore);
    const hosts = await page.evaluate(() =>
      [...document.querySelectorAll('rolelens-ui')].map((h) => `${h.parentNode?.nodeName}:${!!h.shadowRoot}`),
    );
    expect(hosts).toEqual(['MAIN:false', 'HTML:true']);
    // The page still works, and every error on it is its own.
    await page.click('#counter');
    await expect.poll(() => page.textContent('#counter'), POLL).toBe('Clicked 1 times');
    expect(pageErrors.length).toBeGreaterThan(0);
    expect(pageErrors.every((m) => /broken by the page|the page’s own/.test(m))).toBe(true);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });
});

describe('extreme pages', () => {
  const owns = (url: string) => url.startsWith(`chrome-extension://${browser.extensionId}/`);

  /** The JS heap of the page's renderer (every world of it) after a full garbage collection, in MB. */
  async function heapMb(page: Page): Promise<number> {
    const session = await page.context().newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    await session.detach();
    return Math.round(usedSize / 1e5) / 10;
  }

  /** The report's figures for one profiled page. */
  const runFigures = (extreme: ExtremePage, run: ProfiledRun<unknown>) => ({
    mentions: extreme.expected,
    'RoleLens CPU (ms)': Math.round(run.ownCpuMs),
    'long tasks': run.longTasks.length,
    'caused by RoleLens': run.longTasks.filter(causedByUs).length,
    'most RoleLens CPU in one long task (ms)': Math.round(Math.max(0, ...run.longTasks.map((t) => t.ownMs))),
  });

  const pages = (): ExtremePage[] => [
    manyTextNodes(),
    deepNesting('span'),
    deepNesting('div'),
    hugeTextNode(),
    manyFrames(server.otherOrigin),
  ];

  it('are read whole, with no long task caused by RoleLens', async () => {
    server.page('/extreme/frame.html', FRAME_PAGE);
    for (const [i, extreme] of pages().entries()) {
      server.page(`/extreme/${i}.html`, extreme.html);
      const page = await browser.context.newPage();
      const run = await profileRun(page, owns, async () => {
        await page.goto(server.url(`/extreme/${i}.html`), { timeout: 60_000 });
        await readToTheEnd(page);
      });
      expect(await mentionsFound(page), extreme.name).toBe(extreme.expected);
      if (extreme.name === '50 iframes') {
        const frames = page.frames().filter((f) => f !== page.mainFrame());
        expect(frames).toHaveLength(50);
        for (const frame of frames) await expect.poll(() => paintedCount(frame), POLL).toBe(1);
      } else {
        expect(await paintedCount(page)).toBe(extreme.expected);
      }
      report[extreme.name] = { ...runFigures(extreme, run), 'JS heap after (MB)': await heapMb(page) };
      expect(run.longTasks.filter(causedByUs), extreme.name).toEqual([]);
      await page.close();
    }
    expect(extensionErrors).toEqual([]);
  });

  it('a page rewriting its text 100 times a second for 10 s: responsive, bounded memory, right once calm', async () => {
    const storm = rewriteStorm();
    server.page('/extreme/storm.html', storm.html);
    const page = await browser.context.newPage();
    await page.goto(server.url('/extreme/storm.html'));
    await readToTheEnd(page);
    const heapBefore = await heapMb(page);
    const started = Date.now();
    const run = await profileRun(page, owns, async () => {
      await page.waitForFunction(() => document.title === 'calm', null, { timeout: 30_000, polling: 200 });
    });
    const stormMs = Date.now() - started;
    // Once calm, what is painted is the page's last text: the headline and the 50 list items.
    await expect
      .poll(async () => (await askPageRoles(browser, page))?.roles.map((r) => `${r.roleId} ${r.count}`), POLL)
      .toEqual(['scrum-master 50', 'product-manager 1']);
    expect(await paintedCount(page)).toBe(storm.expected);
    const heapAfter = await heapMb(page);
    report[storm.name] = {
      ...runFigures(storm, run),
      'JS heap before (MB)': heapBefore,
      'JS heap after (MB)': heapAfter,
      'storm lasted (s)': Math.round(stormMs / 100) / 10,
    };
    expect(run.longTasks.filter(causedByUs)).toEqual([]);
    // The page's own timer kept its pace (1,000 ticks of 10 ms): RoleLens did not hold it up.
    expect(stormMs).toBeLessThan(16_000);
    expect(heapAfter - heapBefore).toBeLessThan(8);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });
});
