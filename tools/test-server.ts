import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { FIXTURE_PAGES, REALPAGES } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Extra response headers for one path (e.g. a strict Content-Security-Policy). */
export type HeaderRule = (path: string) => Record<string, string> | undefined;

export interface TestServer {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  /** The same server under another origin (http://localhost:<port>), for cross-origin frames. */
  readonly otherOrigin: string;
  readonly port: number;
  url(path: string): string;
  /** Serves a page made up by a test at `path`. */
  page(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

/**
 * Serves the fixture pages (tests/fixtures/pages) at `/`, the real saved pages
 * (../shared/realpages, read at run time) at `/realpages/`, and pages made up by tests, on 127.0.0.1.
 * Nothing here reaches the network.
 */
export async function startServer(headerRules: HeaderRule[] = []): Promise<TestServer> {
  const madeUp = new Map<string, { html: string; headers: Record<string, string> }>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const extra = Object.assign({}, ...headerRules.map((rule) => rule(path) ?? {}));
    const own = madeUp.get(path);
    if (own) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...own.headers, ...extra });
      res.end(own.html);
      return;
    }
    const [base, rest] = path.startsWith('/realpages/')
      ? [REALPAGES, path.slice('/realpages/'.length)]
      : [FIXTURE_PAGES, path.slice(1)];
    const file = normalize(join(base, rest || 'index.html'));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...extra,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };
  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    otherOrigin: `http://localhost:${port}`,
    port,
    url: (path) => `${origin}${path.startsWith('/') ? '' : '/'}${path}`,
    page: (path, html, headers = {}) => void madeUp.set(path, { html, headers }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
