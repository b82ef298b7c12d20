import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM } from './paths';

/** Flags for Debian Chromium in CI: sandbox-less as root, and quiet on the network. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  /** The extension's id (from its service worker's URL), or undefined without the extension. */
  readonly extensionId: string | undefined;
  readonly worker: Worker | undefined;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/**
 * Debian Chromium with a fresh profile, with the built extension loaded (or, with
 * `{ extension: false }`, the same browser without it, for comparisons).
 */
export interface LaunchOptions {
  /** Load the built extension (default) or not (for comparisons). */
  readonly extension?: boolean;
  /** Headless (default) or a normal window (needs a display). */
  readonly headless?: boolean;
  readonly viewport?: { width: number; height: number } | null;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const withExtension = options.extension ?? true;
  const profile = await mkdtemp(join(tmpdir(), 'rolelens-e2e-'));
  // --headless=new is the headless mode that runs extensions.
  const flags = (options.headless ?? true) ? ['--headless=new', ...FLAGS] : FLAGS;
  const args = withExtension
    ? [...flags, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`]
    : [...flags, '--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // Headless or not is decided by the flags above.
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    locale: 'en-US',
  });
  let worker: Worker | undefined;
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  }
  const extensionId = worker ? new URL(worker.url()).host : undefined;
  return {
    context,
    extensionId,
    worker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Answers every request that is not for the local test server with an error, so saved real pages
 * (which reference their sites' scripts, styles and images) never reach the network.
 */
export async function blockExternalRequests(context: BrowserContext): Promise<void> {
  await context.route(
    (url) =>
      !['127.0.0.1', 'localhost'].includes(url.hostname) && (url.protocol === 'http:' || url.protocol === 'https:'),
    (route) => route.abort('blockedbyclient'),
  );
}
