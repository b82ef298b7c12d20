import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockExternalRequests, type ExtensionBrowser, launchChromium } from '../../tools/chromium';
import { askPageRoles } from '../../tools/extension-driver';
import {
  cardVisible,
  installMutationLog,
  mentionPoint,
  pageText,
  readMutationLog,
  readPainted,
} from '../../tools/page-probes';
import { REALPAGES } from '../../tools/paths';
import { startServer, type TestServer } from '../../tools/test-server';

/**
 * RoleLens on the real saved job-board and article pages in ../shared/realpages (read at run time):
 * every page is read to the end and what is found is reported; each page is also loaded in the same
 * browser without the extension, and after RoleLens has settled the two must agree: the same DOM
 * mutations (counted from the start of the document, RoleLens's own `rolelens-` elements excluded),
 * the same visible text, and no error or exception from the extension. Requests other than to the
 * local server are refused.
 */
const PAGES = readdirSync(REALPAGES)
  .filter((f) => f.endsWith('.html'))
  .sort();
const found: Record<string, string> = {};

let server: TestServer;
let withExtension: ExtensionBrowser;
let withoutExtension: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  [withExtension, withoutExtension] = await Promise.all([launchChromium(), launchChromium({ extension: false })]);
  for (const browser of [withExtension, withoutExtension]) {
    await blockExternalRequests(browser.context);
    await installMutationLog(browser.context);
  }
});

afterAll(async () => {
  console.table(found);
  await Promise.all([withExtension?.close(), withoutExtension?.close()]);
  await server?.close();
});

async function open(browser: ExtensionBrowser, file: string, errors: string[]): Promise<Page> {
  const page = await browser.context.newPage();
  page.on(
    'console',
    (m) => m.type() === 'error' && m.location().url.startsWith('chrome-extension://') && errors.push(m.text()),
  );
  page.on('pageerror', (e) => String(e.stack).includes('chrome-extension://') && errors.push(e.message));
  await page.goto(server.url(`/realpages/${file}`), { waitUntil: 'load' });
  return page;
}

describe('real pages', () => {
  it('are all there', () => expect(PAGES.length).toBeGreaterThanOrEqual(20));

  it.each(PAGES)('%s: read to the end, changing nothing, with no error from the extension', async (file) => {
    const errors: string[] = [];
    const [mine, control] = await Promise.all([
      open(withExtension, file, errors),
      open(withoutExtension, file, errors),
    ]);
    await expect
      .poll(async () => (await askPageRoles(withExtension, mine))?.complete, { timeout: 30_000, interval: 100 })
      .toBe(true);
    const roles = await askPageRoles(withExtension, mine);
    const painted = await readPainted(mine);
    expect(painted.length).toBe(roles?.roles.reduce((n, r) => n + r.count, 0));
    found[file] = roles?.roles.map((r) => `${r.roleId} ${r.count}`).join(', ') || '(none)';
    // Rest the pointer on the first mention, so the card (and its host element) is made too.
    const first = painted[0];
    const point = first ? await mentionPoint(mine, first.text.replace(/\s+/g, ' ')) : undefined;
    if (point) {
      await mine.mouse.move(point.x, point.y);
      await expect.poll(() => cardVisible(mine), { timeout: 15_000, interval: 50 }).toBe(true);
    }

    const [a, b] = await Promise.all([readMutationLog(mine), readMutationLog(control)]);
    expect({ ...a, own: 0 }).toEqual({ ...b, own: 0 });
    expect(await pageText(mine)).toBe(await pageText(control));
    expect(errors).toEqual([]);
    await Promise.all([mine.close(), control.close()]);
  });
});
