import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../../tools/axe';
import { type ExtensionBrowser, launchChromium } from '../../tools/chromium';
import { askPageRoles, clearSyncStorage } from '../../tools/extension-driver';
import { cardVisible, paintedCount, readCard } from '../../tools/page-probes';
import { ARTIFACTS } from '../../tools/paths';
import { startServer, type TestServer } from '../../tools/test-server';

/**
 * The popup (opened as a tab, pointed at a page's tab with `?tab=`) and the compare page, in
 * Chromium with the built extension. Screenshots go to tests/e2e/artifacts/.
 */

const POLL = { timeout: 15_000, interval: 50 };
const SHOTS = join(ARTIFACTS, 'screenshots');

let server: TestServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Each test starts from the defaults with no page open, whether the one before passed or not.
afterEach(async () => {
  await clearSyncStorage(browser);
  for (const page of browser.context.pages()) await page.close();
});

/** The tab id of a page, asked from the extension (the page is brought to the front first). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.worker?.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
      .chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('no tab id');
  return id;
}

async function openPopupFor(page: Page, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const id = await tabIdOf(page);
  const popup = await browser.context.newPage();
  await popup.emulateMedia({ colorScheme });
  await popup.setViewportSize({ width: 380, height: 760 });
  await popup.goto(browser.extensionUrl(`popup.html?tab=${id}`));
  return popup;
}

async function openJobPosting(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('job-posting.html'));
  await expect.poll(async () => (await askPageRoles(browser, page))?.complete, POLL).toBe(true);
  return page;
}

describe('popup', () => {
  it('lists the roles on the page with counts, most frequent first', async () => {
    const page = await openJobPosting();
    const roles = await askPageRoles(browser, page);
    const popup = await openPopupFor(page);
    const items = popup.locator('.rl-page-roles__button');
    await expect.poll(() => items.count(), POLL).toBe(roles?.roles.length);
    const rows = await items.evaluateAll((buttons) =>
      buttons.map((b) => [
        b.querySelector('.rl-page-roles__title')?.textContent,
        parseInt(b.querySelector('.rl-page-roles__count')?.textContent ?? '', 10),
      ]),
    );
    expect(rows[0]).toEqual(['Product Manager', 10]);
    const counts = rows.map((r) => r[1] as number);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect(await popup.locator('.rl-page-roles__reading').first().textContent()).toContain(
      'PM is read as Product Manager',
    );
    await popup.screenshot({ path: join(SHOTS, 'popup-light.png'), fullPage: true });
    await Promise.all([popup.close(), page.close()]);
  });

  it('switches the site off and on, acting at once on the open tab', async () => {
    const page = await openJobPosting();
    const before = await paintedCount(page);
    const popup = await openPopupFor(page);
    const siteSwitch = popup.getByRole('switch', { name: 'Highlight roles on 127.0.0.1' });
    await expect.poll(() => siteSwitch.isChecked(), POLL).toBe(true);
    await siteSwitch.click();
    await expect.poll(() => paintedCount(page), POLL).toBe(0);
    await expect.poll(() => popup.getByText('RoleLens is off on this page.').count(), POLL).toBe(1);
    await siteSwitch.click();
    await expect.poll(() => paintedCount(page), POLL).toBe(before);
    await Promise.all([popup.close(), page.close()]);
  });

  it('pauses RoleLens everywhere with the global switch', async () => {
    const page = await openJobPosting();
    const popup = await openPopupFor(page);
    const pause = popup.getByRole('switch', { name: 'Pause RoleLens everywhere' });
    await pause.click();
    await expect.poll(() => paintedCount(page), POLL).toBe(0);
    await expect.poll(() => popup.getByRole('switch', { name: /Highlight roles on/ }).isDisabled(), POLL).toBe(true);
    await pause.click();
    await expect.poll(() => paintedCount(page), POLL).toBeGreaterThan(0);
    await Promise.all([popup.close(), page.close()]);
  });

  it('scrolls the page to a role’s next mention and opens its card when the role is chosen', async () => {
    const page = await openJobPosting();
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopupFor(page);
    await popup.getByRole('button', { name: 'Business Analyst 1 mention' }).click();
    await expect.poll(() => cardVisible(page), POLL).toBe(true);
    expect((await readCard(page))?.title).toBe('Business Analyst');
    // The mention is on screen.
    const onScreen = await page.evaluate(() => {
      for (const r of CSS.highlights.get('rolelens-business-analyst') ?? []) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const rect = range.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= innerHeight;
      }
      return false;
    });
    expect(onScreen).toBe(true);
    await Promise.all([popup.close(), page.close()]);
  });

  it('says so plainly when the page shows no role', async () => {
    const page = await browser.context.newPage();
    server.page('/plain.html', '<!doctype html><html><body><h1>Weather</h1><p>Sunny, 21 °C.</p></body></html>');
    await page.goto(server.url('plain.html'));
    await expect.poll(async () => (await askPageRoles(browser, page))?.complete, POLL).toBe(true);
    const popup = await openPopupFor(page);
    await expect.poll(() => popup.getByText('No role titles found on this page.').count(), POLL).toBe(1);
    await Promise.all([popup.close(), page.close()]);
  });

  it('explains that browser pages are closed to extensions, instead of a dead switch', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    const popup = await openPopupFor(page);
    await expect.poll(() => popup.getByText(/RoleLens cannot run on this page/).count(), POLL).toBe(1);
    expect(await popup.getByRole('switch', { name: /Highlight roles on/ }).count()).toBe(0);
    await Promise.all([popup.close(), page.close()]);
  });

  it('compares the two most frequent roles of the page, swaps them, and opens the full comparison', async () => {
    const page = await openJobPosting();
    const popup = await openPopupFor(page);
    const first = popup.getByLabel('First role');
    const second = popup.getByLabel('Second role');
    await expect.poll(() => first.inputValue(), POLL).toBe('product-manager');
    expect(await second.inputValue()).toBe('product-owner');
    expect(await popup.getByText('Main differences').count()).toBe(1);
    await popup.getByRole('button', { name: 'Swap the two roles' }).click();
    expect(await first.inputValue()).toBe('product-owner');
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open full comparison' }).click();
    const compare = await opened;
    await compare.waitForLoadState();
    expect(new URL(compare.url()).search).toBe('?a=product-owner&b=product-manager');
    await Promise.all([compare.close(), page.close()]);
  });

  it.each(['light', 'dark'] as const)('has no serious accessibility violations (%s)', async (scheme) => {
    const page = await openJobPosting();
    const popup = await openPopupFor(page, scheme);
    await expect.poll(() => popup.locator('.rl-page-roles__button').count(), POLL).toBeGreaterThan(0);
    expect(await seriousViolations(popup)).toEqual([]);
    if (scheme === 'dark') await popup.screenshot({ path: join(SHOTS, 'popup-dark.png'), fullPage: true });
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('compare page', () => {
  const openCompare = async (search: string, colorScheme: 'light' | 'dark' = 'light') => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(browser.extensionUrl(`compare.html${search}`));
    return page;
  };

  it('shows both roles, every dimension, the differences and the sources for an authored pair', async () => {
    const page = await openCompare('?a=product-manager&b=product-owner');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent(), POLL)
      .toBe('Product Manager vs Product Owner');
    const headers = await page.locator('.rl-table thead th').allTextContents();
    expect(headers.slice(1)).toEqual(['Product Manager', 'Product Owner']);
    expect(await page.locator('.rl-table tbody tr').count()).toBe(8);
    for (const heading of [
      'Key differences',
      'Where they overlap',
      'Can one person be both?',
      'Sources disagree',
      'Sources',
    ]) {
      expect(await page.getByRole('heading', { name: heading, exact: true }).count(), heading).toBe(1);
    }
    expect(await page.locator('.rl-sources a').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'compare.png'), fullPage: true });
    await page.close();
  });

  it('puts each role’s text in its own column when the pair is asked the other way round', async () => {
    const [ab, ba] = await Promise.all([
      openCompare('?a=product-manager&b=product-owner'),
      openCompare('?a=product-owner&b=product-manager'),
    ]);
    const firstRow = (p: Page) => p.locator('.rl-table tbody tr').first().locator('td').allTextContents();
    await expect.poll(async () => (await firstRow(ab)).length, POLL).toBe(2);
    expect(await firstRow(ba)).toEqual([...(await firstRow(ab))].reverse());
    await Promise.all([ab.close(), ba.close()]);
  });

  it('shows two roles side by side, saying so, when no comparison is written for them', async () => {
    const page = await openCompare('?a=scrum-master&b=product-marketing-manager');
    await expect.poll(() => page.getByText(/No direct comparison is written/).count(), POLL).toBe(1);
    expect(await page.locator('.rl-table thead th').allTextContents()).toContain('Scrum Master');
    await page.close();
  });

  it('says an unknown id is unknown and offers the pickers, never a blank page', async () => {
    const page = await openCompare('?a=product-manager&b=chief-vibes-officer');
    await expect.poll(() => page.getByRole('alert').textContent(), POLL).toContain('“chief-vibes-officer”');
    expect(await page.getByLabel('First role').inputValue()).toBe('product-manager');
    expect(await page.getByLabel('Second role').count()).toBe(1);
    await page.close();
  });

  it('keeps the choice in the address, so the Back button works', async () => {
    const page = await openCompare('?a=product-manager&b=product-owner');
    await page.getByLabel('Second role').selectOption('project-manager');
    await expect.poll(() => new URL(page.url()).search, POLL).toBe('?a=product-manager&b=project-manager');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent(), POLL)
      .toBe('Product Manager vs Project Manager');
    await page.goBack();
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent(), POLL)
      .toBe('Product Manager vs Product Owner');
    await page.close();
  });

  it('prints without controls', async () => {
    const page = await openCompare('?a=product-manager&b=product-owner');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.rl-pickers').isVisible()).toBe(false);
    expect(await page.locator('.rl-table').isVisible()).toBe(true);
    await page.close();
  });
});

describe('glossary', () => {
  it('lists every role, finds them by title or abbreviation, and links to their comparisons', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('compare.html?view=glossary'));
    await expect.poll(() => page.locator('.rl-glossary__item').count(), POLL).toBe(10);
    await page.screenshot({ path: join(SHOTS, 'glossary.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    const search = page.getByLabel('Search roles by title or abbreviation');
    await search.fill('PO');
    await expect.poll(() => page.locator('.rl-glossary__title').first().textContent(), POLL).toContain('Product Owner');
    await search.fill('vp of product');
    await expect.poll(() => page.locator('.rl-glossary__title').allTextContents(), POLL).toEqual(['Head of Product']);
    await page.getByRole('link', { name: 'Chief Product Officer' }).first().click();
    await expect.poll(() => new URL(page.url()).search, POLL).toBe('?a=head-of-product&b=chief-product-officer');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent(), POLL)
      .toBe('Head of Product vs Chief Product Officer');
    await page.close();
  });

  it('has no serious accessibility violations in dark mode either', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(browser.extensionUrl('compare.html?a=chief-product-owner&b=chief-product-officer'));
    await expect.poll(() => page.locator('.rl-table').count(), POLL).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
