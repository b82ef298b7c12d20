/**
 * Where RoleLens spends its time on one page: the extension's functions by CPU (self time, native
 * calls charged to their caller), from one profiled load. For finding what to make faster.
 *
 *   npx tsx bench/perf/profile-breakdown.ts <path served by the test server, e.g. /realpages/x.html> [runs]
 *
 * Build with ROLELENS_NO_MINIFY=1 first to see function names.
 */
import { blockExternalRequests, launchChromium } from '../../tools/chromium';
import { startServer } from '../../tools/test-server';
import { Profiler, type CpuProfile } from '../../tools/cpu-profile';
import { waitUntilRead } from './measure';
import { jobBoardPage } from './synthetic-pages';

const path = process.argv[2] ?? '/realpages/article-wikipedia-bob-dylan.html';
const server = await startServer();
server.page('/synthetic/blank.html', '<!doctype html><html><body><p>Nothing to see.</p></body></html>');
server.page('/synthetic/board-100.html', jobBoardPage(100));
const browser = await launchChromium();
await blockExternalRequests(browser.context);
await browser.context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
const runs = Number(process.argv[3] ?? 1);
const profiles: CpuProfile[] = [];
for (let i = 0; i < runs; i++) {
  const page = await browser.context.newPage();
  const profiler = await Profiler.attach(page);
  await profiler.start();
  await page.goto(server.url(path), { waitUntil: 'load', timeout: 120_000 });
  await waitUntilRead(browser, page);
  profiles.push(await profiler.stop());
  await profiler.detach();
  await page.close();
}

const prefix = `chrome-extension://${browser.extensionId}/`;
const totals = new Map<string, number>();
let all = 0;
for (const profile of profiles) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const charged = (id: number): { name: string; mine: boolean } => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame?.url) {
        const native = at === id ? '' : ` ← ${byId.get(id)?.callFrame.functionName.slice(0, 30)}`;
        return {
          name: `${frame.functionName || '(anonymous)'}:${(frame as { lineNumber?: number }).lineNumber ?? ''}${native}`,
          mine: frame.url.startsWith(prefix),
        };
      }
    }
    return { name: byId.get(id)?.callFrame.functionName ?? '?', mine: false };
  };
  profile.samples.forEach((id, i) => {
    const c = charged(id);
    if (!c.mine) return;
    const us = (profile.timeDeltas[i + 1] ?? 100) / runs;
    all += us;
    totals.set(c.name, (totals.get(c.name) ?? 0) + us);
  });
}
console.log(`RoleLens CPU: ${(all / 1000).toFixed(1)} ms on ${path} (mean of ${runs} loads)`);
console.table(
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([name, us]) => ({ function: name, ms: +(us / 1000).toFixed(2), share: `${((us / all) * 100).toFixed(1)}%` })),
);
await browser.close();
await server.close();
