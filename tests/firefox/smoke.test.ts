import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../data/roles';
import { evaluator, type FirefoxBrowser, launchFirefox } from '../../tools/firefox';
import {
  cardVisible,
  type Evaluate,
  mentionPoint,
  paintedCount,
  paintedVersusExpected,
  readCard,
} from '../../tools/page-probes-core';
import { startServer, type TestServer } from '../../tools/test-server';

/**
 * Smoke test of the Firefox build (`.output/firefox-mv3`, built by the global setup) in Debian
 * Firefox ESR, headless, driven by Puppeteer over WebDriver BiDi: the extension is installed as a
 * temporary add-on, fixture pages are served on 127.0.0.1, and nothing else is reachable. It checks
 * what is specific to Firefox: the content script runs in an Xray sandbox, yet its highlights must be
 * the page's own (`CSS.highlights`), drawn by the manifest's stylesheet, and the card must work.
 */

const POLL = { timeout: 30_000, interval: 100 };

let server: TestServer;
let firefox: FirefoxBrowser;
const extensionErrors: string[] = [];

async function open(path: string): Promise<{ page: Page; evaluate: Evaluate }> {
  const page = await firefox.newPage();
  page.on('console', (message) => {
    const where = message.location().url ?? '';
    if (message.type() === 'error' && (where.startsWith('moz-extension://') || message.text().includes('RoleLens'))) {
      extensionErrors.push(`${path}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => {
    const { stack, message } = error instanceof Error ? error : { stack: String(error), message: String(error) };
    if (String(stack).includes('moz-extension://')) extensionErrors.push(`${path}: ${message}`);
  });
  await page.goto(server.url(path));
  return { page, evaluate: evaluator(page) };
}

/** Waits until the page shows exactly what its `data-expect` attributes say. */
async function expectPaintedAsExpected(evaluate: Evaluate): Promise<void> {
  await expect.poll(() => paintedVersusExpected(evaluate), POLL).toEqual([]);
}

/**
 * How many pixels of the highlight underline colour (public/highlights.css: rgb(59 130 246)) are
 * drawn under each painted mention, keyed by where its text is: `document` or `shadow`. The page is
 * black on white, so nothing else on it is blue. The screenshot is decoded in the page itself.
 */
async function underlinePixels(page: Page, evaluate: Evaluate): Promise<Record<'document' | 'shadow', number>> {
  const boxes = await evaluate(() => {
    const out: { where: 'document' | 'shadow'; x: number; y: number; width: number; height: number }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('rolelens-') || name === 'rolelens-active' || name.startsWith('rolelens-style-')) continue;
      for (const r of highlight as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const box = range.getBoundingClientRect();
        out.push({
          where: r.startContainer.getRootNode() === document ? 'document' : 'shadow',
          x: Math.floor(box.left),
          y: Math.floor(box.top),
          width: Math.ceil(box.width),
          // The underline sits just below the text box.
          height: Math.ceil(box.height) + 8,
        });
      }
    }
    return out;
  }, undefined);
  const counts = { document: 0, shadow: 0 };
  for (const { where, ...clip } of boxes) {
    const png = await page.screenshot({ clip, encoding: 'base64' });
    counts[where] += await evaluate(async (src: string) => {
      const image = new Image();
      image.src = `data:image/png;base64,${src}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) return 0;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let blue = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
        if (b > 180 && r < 140 && g < 190) blue++;
      }
      return blue;
    }, png);
  }
  return counts;
}

beforeAll(async () => {
  server = await startServer([
    (path) =>
      path === '/strict-csp.html'
        ? { 'content-security-policy': "default-src 'none'; style-src 'self'; require-trusted-types-for 'script'" }
        : undefined,
  ]);
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox ESR with the Firefox build', () => {
  it('installs the add-on under its AMO id', () => {
    expect(firefox.extensionId).toBe('rolelens@rolelens.app');
  });

  it('job-posting.html: paints what the page expects, in the page’s own CSS.highlights', async () => {
    const { page, evaluate } = await open('job-posting.html');
    await expectPaintedAsExpected(evaluate);
    expect(await paintedCount(evaluate)).toBe(20);
    // Registered from the content script's sandbox, seen by the page under the contract's names.
    const names = await evaluate(() => [...CSS.highlights.keys()].sort(), undefined);
    expect(names).toContain('rolelens-product-manager');
    expect(names.every((name) => name.startsWith('rolelens-'))).toBe(true);
    await page.close();
  });

  it('opens the card on a resting pointer with the role’s title and summary, and closes it on Escape', async () => {
    const { page, evaluate } = await open('job-posting.html');
    await expectPaintedAsExpected(evaluate);
    const point = await mentionPoint(evaluate, 'Senior Product Manager');
    expect(point, 'a painted "Senior Product Manager"').toBeDefined();
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardVisible(evaluate), POLL).toBe(true);
    const card = await readCard(evaluate);
    const summary = ROLES.find((role) => role.id === 'product-manager')?.summary;
    expect(summary).toBeTruthy();
    expect(card?.title).toBe('Product Manager');
    expect(card?.text.replace(/\s+/g, ' ')).toContain(summary?.replace(/\s+/g, ' '));
    // The card lives in <rolelens-ui>'s open shadow root, the only element RoleLens adds.
    const host = await evaluate(() => {
      const ui = document.querySelectorAll('rolelens-ui');
      return { count: ui.length, open: !!ui[0]?.shadowRoot };
    }, undefined);
    expect(host).toEqual({ count: 1, open: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => cardVisible(evaluate), POLL).toBe(false);
    await page.close();
  });

  it('shadow-dom.html: paints inside open shadow roots, not inside closed ones', async () => {
    const { page, evaluate } = await open('shadow-dom.html');
    await expectPaintedAsExpected(evaluate);
    expect(await paintedCount(evaluate)).toBe(10);
    await page.close();
  });

  it('draws the highlight underline in the document and in an open shadow root', async () => {
    server.page(
      '/underline.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Underline</title></head>
       <body style="margin:0;padding:20px;background:#fff;color:#000;font:32px/1.8 sans-serif">
       <p data-expect="Scrum Master=scrum-master">Our Scrum Master</p><div id="host"></div>
       <script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML =
         '<p data-expect="Product Owner=product-owner">Our Product Owner</p>';</script></body></html>`,
    );
    const { page, evaluate } = await open('/underline.html');
    await expectPaintedAsExpected(evaluate);
    const pixels = await underlinePixels(page, evaluate);
    // A 2px dotted line under a 200px-wide title is about 200 pixels; allow for antialiasing.
    expect(pixels.document).toBeGreaterThan(50);
    expect(pixels.shadow).toBeGreaterThan(50);
    await page.close();
  });

  it('strict-csp.html: highlights, and a styled card, under a strict page policy', async () => {
    // Firefox applies the page's policy to <style> elements content scripts add (not to the
    // constructed stylesheet the card uses): the card must look the same as on any page.
    const { page, evaluate } = await open('strict-csp.html');
    await expectPaintedAsExpected(evaluate);
    const point = await mentionPoint(evaluate, 'Scrum Master');
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardVisible(evaluate), POLL).toBe(true);
    const look = await evaluate(() => {
      const host = [...document.querySelectorAll('rolelens-ui')].find((h) => h.shadowRoot?.querySelector('.rl-card'));
      const card = host?.shadowRoot?.querySelector('.rl-card');
      if (!card) return undefined;
      const style = getComputedStyle(card);
      return { background: style.backgroundColor, radius: style.borderTopLeftRadius };
    }, undefined);
    expect(look?.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(look?.radius).not.toBe('0px');
    await page.close();
  });

  it('reports no errors from the extension and reaches no host but the test server', () => {
    expect(extensionErrors).toEqual([]);
    // Firefox's own services may try (and are refused); no page here references another host.
    const pageHosts = firefox.blockedRequests.filter((r) => !/mozilla\.(com|net|org)|firefox\.com|dummy\.test/.test(r));
    expect(pageHosts).toEqual([]);
  });
});
