import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../../tools/axe';
import { type ExtensionBrowser, launchChromium } from '../../tools/chromium';
import { askPageRoles, clearSyncStorage, setSyncStorage } from '../../tools/extension-driver';
import { paintedCount } from '../../tools/page-probes';
import { ARTIFACTS } from '../../tools/paths';
import { startServer, type TestServer } from '../../tools/test-server';

/**
 * The options page (options.html), driven through its own controls in Chromium with the built
 * extension, while a fixture page is open in another tab: every change reaches that tab at once.
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

afterEach(async () => {
  await clearSyncStorage(browser);
  for (const page of browser.context.pages()) await page.close();
});

async function openJobPosting(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('job-posting.html'));
  await expect.poll(async () => (await askPageRoles(browser, page))?.complete, POLL).toBe(true);
  return page;
}

async function openOptions(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const options = await browser.context.newPage();
  await options.emulateMedia({ colorScheme });
  await options.goto(browser.extensionUrl('options.html'));
  await options.getByRole('heading', { name: 'RoleLens options' }).waitFor();
  return options;
}

async function stored(): Promise<Record<string, unknown>> {
  const all = (await browser.worker?.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<object> } } } }
    ).chrome.storage.sync.get(null),
  )) as Record<string, unknown>;
  // WXT keeps each item's version under "<key>$"; the tests look at values only.
  return Object.fromEntries(Object.entries(all).filter(([key]) => !key.endsWith('$')));
}

/** Highlights per role in the page (CSS.highlights), without the active one. */
const perRole = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...CSS.highlights]
        .filter(([name]) => name !== 'rolelens-active')
        .map(([name, h]) => [name, (h as unknown as Set<unknown>).size]),
    ),
  );
/** The page's announcement of the last export, import or reset. */
const statusOf = (options: Page) => options.locator('.rl-options__status').textContent();
const adoptedRules = (page: Page) =>
  page.evaluate(() =>
    [...document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n'),
  );

describe('options page', () => {
  it('is accessible in light and dark, and shows the browser’s shortcuts', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const options = await openOptions(scheme);
      await options.getByText('Alt+Shift+L').waitFor();
      expect(await seriousViolations(options), scheme).toEqual([]);
      await options.screenshot({ path: join(SHOTS, `options-${scheme}.png`), fullPage: true });
      await options.close();
    }
  });

  it('applies each preference in an open tab at once', async () => {
    const page = await openJobPosting();
    const all = await perRole(page);
    const options = await openOptions();

    await options.getByLabel('Soft background').check();
    await expect.poll(() => adoptedRules(page), POLL).toMatch(/background-color/);
    expect(await stored()).toMatchObject({ highlightStyle: 'background' });

    await options.getByLabel('Mark only the first mention of each role').check();
    await expect.poll(async () => Object.values(await perRole(page)).every((n) => n <= 1), POLL).toBe(true);
    await options.getByLabel('Mark only the first mention of each role').uncheck();
    await expect.poll(() => perRole(page), POLL).toEqual(all);

    await options.getByLabel('Dark', { exact: true }).check();
    await options.getByLabel('Wait before opening the card').focus();
    await options.keyboard.press('End');
    await expect.poll(stored, POLL).toMatchObject({ cardTheme: 'dark', hoverDelayMs: 2000 });
    await expect(options.locator('output').textContent()).resolves.toBe('2000 ms');

    await options.getByLabel('Pause RoleLens everywhere').check();
    await expect.poll(() => paintedCount(page), POLL).toBe(0);
    await options.getByLabel('Pause RoleLens everywhere').uncheck();
    await expect.poll(() => perRole(page), POLL).toEqual(all);
  });

  it('lists the sites where RoleLens is off and turns one back on, live', async () => {
    await setSyncStorage(browser, { disabledSites: ['127.0.0.1', 'linkedin.com'] });
    const page = await browser.context.newPage();
    await page.goto(server.url('job-posting.html'));
    await expect.poll(async () => (await askPageRoles(browser, page))?.active, POLL).toBe(false);
    expect(await paintedCount(page)).toBe(0);

    const options = await openOptions();
    const list = options.getByRole('list', { name: 'Sites where RoleLens is off' });
    await expect(list.getByRole('listitem').allTextContents()).resolves.toEqual([
      '127.0.0.1Remove',
      'linkedin.comRemove',
    ]);
    await options.getByRole('button', { name: 'Turn RoleLens back on for 127.0.0.1' }).click();
    await expect.poll(() => paintedCount(page), POLL).toBeGreaterThan(0);
    await options.getByRole('button', { name: 'Turn back on everywhere' }).click();
    await expect.poll(stored, POLL).toMatchObject({ disabledSites: [] });
    await options.getByText('None: RoleLens is on on every site.').waitFor();
  });

  it('lists corrections and forgets one, rereading the page at once', async () => {
    // The fixture is about product managers; the reader said PM means Project Manager there.
    await setSyncStorage(browser, {
      corrections: { '127.0.0.1': { PM: { kind: 'role', roleId: 'project-manager' } } },
    });
    const page = await openJobPosting();
    const pmReading = async () => (await askPageRoles(browser, page))?.readings.find((r) => r.abbreviation === 'PM');
    await expect.poll(async () => (await pmReading())?.roleId, POLL).toBe('project-manager');

    const options = await openOptions();
    await options.getByRole('button', { name: 'Forget: On 127.0.0.1, PM means Project Manager' }).click();
    await options.getByText('None yet.', { exact: false }).waitFor();
    await expect.poll(async () => (await pmReading())?.roleId, POLL).toBe('product-manager');
  });

  it('exports the settings to a file and imports them back', async () => {
    await setSyncStorage(browser, { highlightStyle: 'hover-only', hoverDelayMs: 700, disabledSites: ['indeed.com'] });
    const options = await openOptions();
    await options.getByLabel('Nothing until hovered').isChecked();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rolelens-settings.json');
    const saved = join(ARTIFACTS, 'rolelens-settings.json');
    await download.saveAs(saved);
    const file = JSON.parse(await readFile(saved, 'utf8'));
    expect(file).toMatchObject({
      app: 'RoleLens',
      format: 1,
      settings: {
        highlightStyle: { value: 'hover-only' },
        hoverDelayMs: { value: 700 },
        disabledSites: { value: ['indeed.com'] },
      },
    });
    await expect(statusOf(options)).resolves.toBe('Settings exported to rolelens-settings.json.');

    await clearSyncStorage(browser);
    await expect.poll(() => options.getByLabel('Dotted underline').isChecked(), POLL).toBe(true);
    await options.locator('input[type="file"]').setInputFiles(saved);
    await expect.poll(() => statusOf(options), POLL).toBe('Settings imported from rolelens-settings.json.');
    expect(await stored()).toMatchObject({
      highlightStyle: 'hover-only',
      hoverDelayMs: 700,
      disabledSites: ['indeed.com'],
    });
    await expect.poll(() => options.getByLabel('Nothing until hovered').isChecked(), POLL).toBe(true);
  });

  it('refuses a bad file, changing nothing and saying why', async () => {
    await setSyncStorage(browser, { cardTheme: 'light' });
    const options = await openOptions();
    const before = await stored();
    const bad = [
      { name: 'broken.json', text: '{ "app": "RoleLens", "settings": ', reason: /not valid JSON/ },
      {
        name: 'half-good.json',
        text: JSON.stringify({
          app: 'RoleLens',
          format: 1,
          settings: { enabled: { version: 1, value: false }, cardTheme: { version: 1, value: 'purple' } },
        }),
        reason: /"cardTheme" holds a value RoleLens cannot use/,
      },
    ];
    for (const { name, text, reason } of bad) {
      await options
        .locator('input[type="file"]')
        .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => statusOf(options), POLL).toMatch(reason);
      await expect(statusOf(options)).resolves.toMatch(/^Nothing was imported/);
      expect(await stored()).toEqual(before);
    }
  });

  it('resets to defaults after a confirmation, and the open tab follows', async () => {
    const page = await openJobPosting();
    const all = await perRole(page);
    await setSyncStorage(browser, { firstMentionOnly: true, highlightStyle: 'background' });
    await expect.poll(async () => Object.values(await perRole(page)).every((n) => n <= 1), POLL).toBe(true);
    const options = await openOptions();
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => statusOf(options), POLL).toBe('Every option is back to its default.');
    expect(await stored()).toEqual({});
    await expect.poll(() => perRole(page), POLL).toEqual(all);
    await expect.poll(() => adoptedRules(page), POLL).toBe('');
  });

  it('is reached from the popup', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const opened = browser.context.waitForEvent('page', (p) => p.url().endsWith('/options.html'));
    await popup.getByRole('button', { name: 'Options' }).click();
    const options = await opened;
    await options.getByRole('heading', { name: 'RoleLens options' }).waitFor();
  });
});
