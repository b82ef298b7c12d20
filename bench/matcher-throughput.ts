/**
 * Matcher throughput (issue 2): the text of the largest real page and a 10 MB synthetic text, median
 * of several runs, in MB/s (millions of characters of block text per second). Pure matcher time: the
 * page is parsed into blocks first, outside the timing.
 *
 *   npm run bench:matcher
 */
import { getRoleMatcher } from '../lib/matching/role-matcher';
import { pageBlockTexts, readRealPage, realPageFiles } from './realpages';
import { syntheticBlocks } from './synthetic-text';

const RUNS = 9;
const WARMUP = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function measure(name: string, blocks: string[]) {
  const matcher = getRoleMatcher();
  const chars = blocks.reduce((sum, b) => sum + b.length, 0);
  let mentions = 0;
  for (let i = 0; i < WARMUP; i++) mentions = matcher.find(blocks).length;
  const rates: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    matcher.find(blocks);
    const seconds = (performance.now() - t0) / 1000;
    rates.push(chars / 1e6 / seconds);
  }
  const row = {
    text: name,
    'size (M chars)': +(chars / 1e6).toFixed(3),
    blocks: blocks.length,
    mentions,
    'median MB/s': +median(rates).toFixed(1),
    'min MB/s': +Math.min(...rates).toFixed(1),
    'max MB/s': +Math.max(...rates).toFixed(1),
  };
  return row;
}

const pages = realPageFiles().map((file) => ({ file, blocks: pageBlockTexts(readRealPage(file)) }));
const size = (blocks: string[]) => blocks.reduce((sum, b) => sum + b.length, 0);
const largest = pages.reduce((a, b) => (size(b.blocks) > size(a.blocks) ? b : a));

const rows = [
  measure(`largest real page (${largest.file})`, largest.blocks),
  measure(
    `all ${pages.length} real pages`,
    pages.flatMap((p) => p.blocks),
  ),
  measure('10 MB synthetic text', syntheticBlocks(10_000_000)),
];
console.table(rows);
const worst = Math.min(...rows.map((r) => r['median MB/s']));
console.log(`slowest median: ${worst} MB/s (target: at least 20 MB/s) ${worst >= 20 ? 'OK' : 'BELOW TARGET'}`);
