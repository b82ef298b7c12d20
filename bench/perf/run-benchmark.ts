/**
 * RoleLens performance benchmark (`npm run bench`): main-thread CPU of the extension on every page of
 * ../shared/realpages and on synthetic pages, against mark.js 8.11.1 and advanced-mark.js 2.7.1
 * marking the same terms on the same pages in a second Chromium without the extension; long tasks;
 * scaling with page size and with appended content; hover cost; bundle sizes. Figures are ratios
 * against baselines measured in the same run (this machine's timings vary run to run).
 *
 *   npm run bench [-- --reps=3 --only=wikipedia --no-build]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { blockExternalRequests, type ExtensionBrowser, launchChromium } from '../../tools/chromium';
import { CHROME_BUILD, REALPAGES, ROOT } from '../../tools/paths';
import { startServer } from '../../tools/test-server';
import type { BaselineName } from './baselines';
import {
  causedByUs,
  measureBaseline,
  measureOnPage,
  measureRoleLens,
  observeLongTasks,
  type Run,
  waitUntilRead,
} from './measure';
import { BATCH_SIZE, infiniteScrollPage, jobBoardPage, manyMentionsPage, noMentionsPage } from './synthetic-pages';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k as string, v ?? 'true'];
  }),
);
const REPS = Number(args.get('reps') ?? 3);
const ONLY = args.get('only');
const RESULTS = join(ROOT, 'bench', 'results');

const median = (values: readonly number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

type Config = 'rolelens' | BaselineName;
const CONFIGS: Config[] = ['rolelens', 'mark.js', 'advanced-mark.js'];

async function main() {
  if (!args.has('no-build'))
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await startServer();
  const synthetic = {
    'synthetic: job board 1×': jobBoardPage(1),
    'synthetic: job board 10×': jobBoardPage(10),
    'synthetic: job board 100×': jobBoardPage(100),
  };
  Object.values(synthetic).forEach((html, i) => server.page(`/synthetic/board-${i}.html`, html));
  server.page('/synthetic/infinite.html', infiniteScrollPage());
  server.page('/synthetic/mentions.html', manyMentionsPage(500));
  server.page('/synthetic/no-mentions.html', noMentionsPage(500));
  server.page('/synthetic/blank.html', '<!doctype html><html><body><p>Nothing to see.</p></body></html>');

  const [rl, plain] = await Promise.all([launchChromium(), launchChromium({ extension: false })]);
  for (const b of [rl, plain]) {
    await blockExternalRequests(b.context);
    await observeLongTasks(b.context);
    // This script runs through tsx, whose compiler names functions with a helper pages lack.
    await b.context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  }
  try {
    const real = readdirSync(REALPAGES)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => ({ name: f, url: server.url(`/realpages/${f}`), real: true, baselines: true }));
    const synth = Object.keys(synthetic).map((name, i) => ({
      name,
      url: server.url(`/synthetic/board-${i}.html`),
      real: false,
      // mark.js takes minutes on the 100× page (a DOM pass per term); it is compared on 1× and 10×.
      baselines: i < 2,
    }));
    const pages = [...real, ...synth].filter((p) => !ONLY || p.name.includes(ONLY));

    const runs = new Map<string, Record<Config, Run[]>>();
    for (const page of pages) {
      const byConfig: Record<Config, Run[]> = { rolelens: [], 'mark.js': [], 'advanced-mark.js': [] };
      for (let rep = 0; rep < REPS; rep++) {
        // Alternate which browser goes first, so machine drift hits all alike.
        const order = CONFIGS.map((_, i) => CONFIGS[(i + rep) % CONFIGS.length] as Config);
        for (const config of order) {
          if (config !== 'rolelens' && !page.baselines) continue;
          const run =
            config === 'rolelens'
              ? await measureRoleLens(rl, page.url)
              : await measureBaseline(plain, page.url, config);
          byConfig[config].push(run);
        }
      }
      runs.set(page.name, byConfig);
      const r = median(byConfig.rolelens.map((x) => x.cpuMs));
      console.log(
        `${page.name}: RoleLens ${round(r)} ms, mark.js ${round(median(byConfig['mark.js'].map((x) => x.cpuMs)))} ms, advanced-mark.js ${round(median(byConfig['advanced-mark.js'].map((x) => x.cpuMs)))} ms`,
      );
    }

    const pageRows = pages.map((p) => {
      const c = runs.get(p.name) as Record<Config, Run[]>;
      const ms = (k: Config) => median(c[k].map((x) => x.cpuMs));
      const ours = c.rolelens.flatMap((x) => x.longTasks).filter(causedByUs);
      return {
        page: p.name,
        real: p.real,
        rolelensMs: ms('rolelens'),
        markJsMs: ms('mark.js'),
        advancedMarkJsMs: ms('advanced-mark.js'),
        vsMarkJs: ms('rolelens') / ms('mark.js'),
        vsAdvancedMarkJs: ms('rolelens') / ms('advanced-mark.js'),
        mentions: median(c.rolelens.map((x) => x.found)),
        markJsMarks: median(c['mark.js'].map((x) => x.found)),
        longTasksDuringRun: median(c.rolelens.map((x) => x.longTasks.length)),
        longTasksByRoleLens: ours.length,
        longestRoleLensShareMs: Math.max(
          0,
          ...c.rolelens.flatMap((x) => x.longTasks.map((t) => t.ownMs)).filter(Number.isFinite),
        ),
      };
    });
    const realRows = pageRows.filter((r) => r.real);
    const total = (k: 'rolelensMs' | 'markJsMs' | 'advancedMarkJsMs') => realRows.reduce((s, r) => s + r[k], 0);
    const totals = {
      pages: realRows.length,
      rolelensMs: total('rolelensMs'),
      markJsMs: total('markJsMs'),
      advancedMarkJsMs: total('advancedMarkJsMs'),
      vsMarkJs: total('rolelensMs') / total('markJsMs'),
      vsAdvancedMarkJs: total('rolelensMs') / total('advancedMarkJsMs'),
    };
    const board = (name: string) => pageRows.find((r) => r.page === name)?.rolelensMs ?? Number.NaN;
    const scaling = {
      '1×': board('synthetic: job board 1×'),
      '10×': board('synthetic: job board 10×'),
      '100×': board('synthetic: job board 100×'),
      '100× / 10×': board('synthetic: job board 100×') / board('synthetic: job board 10×'),
      '10× / 1×': board('synthetic: job board 10×') / board('synthetic: job board 1×'),
    };

    const infinite = ONLY ? undefined : await measureInfiniteScroll(rl, server.url('/synthetic/infinite.html'));
    const hover = ONLY ? undefined : await measureHover(rl, server.url('/synthetic/mentions.html'));
    const hoverPlain = ONLY ? undefined : await measureHover(rl, server.url('/synthetic/no-mentions.html'));
    const blank: number[] = [];
    if (!ONLY)
      for (let i = 0; i < 5; i++) blank.push((await measureRoleLens(rl, server.url('/synthetic/blank.html'))).cpuMs);
    const bundle = bundleSizes();

    const report = {
      date: new Date().toISOString(),
      reps: REPS,
      samplingUs: 100,
      pages: pageRows.map((r) => ({
        ...r,
        vsMarkJs: round(r.vsMarkJs, 3),
        vsAdvancedMarkJs: round(r.vsAdvancedMarkJs, 3),
      })),
      totals,
      scaling,
      infiniteScroll: infinite,
      hover,
      hoverWithoutMentions: hoverPlain,
      startupOnBlankPageMs: blank.length ? median(blank) : undefined,
      bundle,
    };
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'perf-latest.json'), `${JSON.stringify(report, null, 2)}\n`);

    console.log('\nMain-thread CPU per page (ms, median of runs) and ratios:');
    console.table(
      report.pages.map((r) => ({
        page: r.page,
        RoleLens: round(r.rolelensMs),
        'mark.js': round(r.markJsMs),
        'advanced-mark.js': round(r.advancedMarkJsMs),
        '÷ mark.js': r.vsMarkJs,
        '÷ adv.': r.vsAdvancedMarkJs,
        mentions: r.mentions,
        'long tasks (page)': r.longTasksDuringRun,
        'by RoleLens': r.longTasksByRoleLens,
      })),
    );
    console.log(
      `Total over ${totals.pages} real pages: RoleLens ${round(totals.rolelensMs)} ms, mark.js ${round(totals.markJsMs)} ms, advanced-mark.js ${round(totals.advancedMarkJsMs)} ms` +
        `\n  RoleLens / mark.js = ${round(totals.vsMarkJs, 3)} (target ≤ 0.12)   RoleLens / advanced-mark.js = ${round(totals.vsAdvancedMarkJs, 3)} (target ≤ 0.5)`,
    );
    console.log(
      `Long tasks caused by RoleLens, all pages: ${pageRows.reduce((n, r) => n + r.longTasksByRoleLens, 0)} (target 0)`,
    );
    console.log(
      `Scaling: 10×/1× = ${round(scaling['10× / 1×'], 2)}, 100×/10× = ${round(scaling['100× / 10×'], 2)} (target ≤ 12)`,
    );
    if (infinite) {
      console.log(
        `Infinite scroll (${BATCH_SIZE} cards a batch): first batch ${round(infinite.firstMs, 2)} ms, last ${round(infinite.lastMs, 2)} ms, last/first = ${round(infinite.lastOverFirst, 2)} (target ≤ 1.5); last 5 / first 5 = ${round(infinite.last5OverFirst5, 2)}`,
      );
    }
    if (hover && hoverPlain)
      console.log(
        `Hover: ${round(hover.usPerMove, 1)} µs of RoleLens CPU per pointer move (${hover.moves} moves, ${hover.mentions} mentions: ` +
          `every move is over a mention's paragraph, so each frame measures line boxes); ` +
          `${round(hoverPlain.usPerMove, 1)} µs per move over the same page without titles (the lookup alone)`,
      );
    if (blank.length) console.log(`Start-up on a blank page: ${round(median(blank), 2)} ms`);
    console.log(`Content script: ${bundle.contentRaw} bytes, ${bundle.contentGzip} gzipped`);
    console.log(`\nWritten: ${join(RESULTS, 'perf-latest.json')}`);
  } finally {
    await Promise.all([rl.close(), plain.close()]);
    await server.close();
  }
}

/** 20 batches of 50 cards appended to an infinite-scroll page: RoleLens CPU per batch, three rounds. */
async function measureInfiniteScroll(rl: ExtensionBrowser, url: string) {
  const BATCHES = 20;
  const perBatch: number[][] = Array.from({ length: BATCHES }, () => []);
  for (let round = 0; round < 3; round++) {
    const page = await rl.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitUntilRead(rl, page);
    for (let b = 0; b < BATCHES; b++) {
      const expected = BATCH_SIZE * (b + 1);
      const ms = await measureOnPage(rl, page, async () => {
        await page.evaluate((i) => (window as unknown as { appendBatch(i: number): void }).appendBatch(i), b);
        for (let found = 0; found !== expected;) found = await waitUntilRead(rl, page);
      });
      perBatch[b]?.push(ms);
    }
    await page.close();
  }
  const medians = perBatch.map(median);
  const firstMs = medians[0] as number;
  const lastMs = medians[BATCHES - 1] as number;
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return {
    batches: BATCHES,
    batchSize: BATCH_SIZE,
    perBatchMs: medians.map((m) => round(m, 3)),
    firstMs,
    lastMs,
    lastOverFirst: lastMs / firstMs,
    last5OverFirst5: mean(medians.slice(-5)) / mean(medians.slice(0, 5)),
  };
}

/** 200 pointer moves across a page with 500 mentions: RoleLens CPU per move. */
async function measureHover(rl: ExtensionBrowser, url: string) {
  const MOVES = 200;
  const page = await rl.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const mentions = await waitUntilRead(rl, page);
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const results: number[] = [];
  for (let round = 0; round < 3; round++) {
    const ms = await measureOnPage(rl, page, async () => {
      for (let i = 0; i < MOVES; i++) {
        // A zigzag over the text column, crossing mentions and plain words.
        const x = 40 + ((i * 37) % (viewport.width - 80));
        const y = 40 + ((i * 53) % (viewport.height - 80));
        await page.mouse.move(x, y);
      }
    });
    results.push(ms);
  }
  await page.close();
  return { moves: MOVES, mentions, usPerMove: (median(results) * 1000) / MOVES };
}

function bundleSizes() {
  const content = readFileSync(join(CHROME_BUILD, 'content-scripts', 'content.js'));
  return { contentRaw: content.length, contentGzip: gzipSync(content, { level: 9 }).length };
}

await main();
