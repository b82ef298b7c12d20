import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import type { Evaluate } from './page-probes-core';
import { FIREFOX, FIREFOX_BUILD } from './paths';

/**
 * Debian Firefox ESR, headless, with a fresh profile and the built Firefox extension
 * (`.output/firefox-mv3`) installed as a temporary add-on, driven by Puppeteer over WebDriver BiDi.
 *
 * Nothing but the local test server is reachable: every request for another host goes to a local
 * "proxy" that refuses it (and records it), so neither pages nor Firefox's own services reach the network.
 */
export interface FirefoxBrowser {
  readonly browser: Browser;
  /** The add-on id (browser_specific_settings.gecko.id), or undefined without the extension. */
  readonly extensionId: string | undefined;
  /** Requests for anything but 127.0.0.1/localhost that Firefox tried and was refused (`METHOD target`). */
  readonly blockedRequests: readonly string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Install the built extension (default) or not (for comparisons). */
  readonly extension?: boolean;
  /** Headless (default) or a normal window (needs a display). */
  readonly headless?: boolean;
  readonly viewport?: { width: number; height: number };
  /** The unpacked extension to install (default: this tree's Firefox build). */
  readonly extensionPath?: string;
}

/** A local HTTP proxy that answers every request with 403 and remembers what was asked for. */
async function startRefusingProxy(): Promise<{ port: number; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.once('data', (chunk) => {
      // "CONNECT host:443 HTTP/1.1" (https, wss) or "GET http://host/path HTTP/1.1" (http).
      requests.push(/^(\S+ \S+)/.exec(chunk.toString('latin1'))?.[1] ?? '(unreadable request)');
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Firefox preferences that send every request except those to 127.0.0.1/localhost to `proxyPort`. */
function offlinePrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1, // manual
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
    // No DNS over HTTPS, no prefetching or speculative connections.
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
  };
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxBrowser> {
  const withExtension = options.extension ?? true;
  const profile = await mkdtemp(join(tmpdir(), 'rolelens-firefox-'));
  const proxy = await startRefusingProxy();
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: options.headless ?? true,
      userDataDir: profile,
      defaultViewport: options.viewport ?? { width: 1280, height: 900 },
      extraPrefsFirefox: { ...offlinePrefs(proxy.port), 'intl.accept_languages': 'en-US' },
      // Shared CI machines can be slow to start a browser.
      timeout: 90_000,
      protocolTimeout: 120_000,
    });
    const extensionId = withExtension
      ? await browser.installExtension(options.extensionPath ?? FIREFOX_BUILD)
      : undefined;
    const started = browser;
    return {
      browser: started,
      extensionId,
      blockedRequests: proxy.requests,
      newPage: () => started.newPage(),
      close: async () => {
        await started.close();
        await proxy.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await proxy.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/** The page probes' `Evaluate` for a Puppeteer page or frame (`tools/page-probes-core.ts`). */
export function evaluator(target: Page | Frame): Evaluate {
  return (fn, arg) => target.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<never>;
}
