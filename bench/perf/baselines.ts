import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { ROLES } from '../../data/roles';
import { pluralOf } from '../../lib/reading';

/**
 * The libraries people would otherwise use to mark role titles, run on the same pages with the same
 * terms: case-insensitive full titles (singular and plural), case-sensitive abbreviations, exact word
 * boundaries, and the elements RoleLens never reads excluded.
 */

const require = createRequire(import.meta.url);
export const BASELINES = {
  'mark.js': { file: require.resolve('mark.js/dist/mark.min.js'), url: 'rolelens-bench://mark.js/mark.min.js' },
  'advanced-mark.js': {
    file: require.resolve('advanced-mark.js/dist/mark.min.js'),
    url: 'rolelens-bench://advanced-mark.js/mark.min.js',
  },
} as const;
export type BaselineName = keyof typeof BASELINES;

/** Full titles and synonyms, singular and plural ("Product Manager", "Product Managers"). */
export const TITLE_TERMS = [...new Set(ROLES.flatMap((r) => r.aliases.flatMap((a) => [a, pluralOf(a)])))];
/** Abbreviations, singular and plural ("PM", "PMs"). */
export const ABBREVIATION_TERMS = [...new Set(ROLES.flatMap((r) => r.abbreviations.flatMap((a) => [a, `${a}s`])))];

/** What RoleLens never reads (architecture, "Never scan"), as selectors for both libraries. */
export const EXCLUDE = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'code *',
  'pre',
  'pre *',
  '[contenteditable]:not([contenteditable="false"])',
  '[contenteditable]:not([contenteditable="false"]) *',
  'svg',
  'svg *',
];

/** The source of a library, with a URL the profiler reports for its frames. */
export function librarySource(name: BaselineName): string {
  const { file, url } = BASELINES[name];
  return `${readFileSync(file, 'utf8')}\n//# sourceURL=${url}`;
}

/** The call that marks the page, as its own script (its frames carry this URL too). */
export function markingSource(name: BaselineName): string {
  const url = `rolelens-bench://${name}/run.js`;
  const common = {
    accuracy: 'exactly',
    separateWordSearch: false,
    diacritics: false,
    exclude: EXCLUDE,
  };
  // mark.js marks one term at a time (a DOM pass per term); advanced-mark.js combines them into one
  // pattern (`combinePatterns`). Each gets two calls: titles case-insensitive, abbreviations not.
  const extra = name === 'advanced-mark.js' ? { combinePatterns: true } : {};
  return `
    window.__rolelensBenchDone = new Promise((resolve) => {
      const marker = new Mark(document.body);
      marker.mark(${JSON.stringify(TITLE_TERMS)}, Object.assign(${JSON.stringify({ ...common, ...extra })}, {
        caseSensitive: false,
        done: () => marker.mark(${JSON.stringify(ABBREVIATION_TERMS)}, Object.assign(${JSON.stringify({ ...common, ...extra })}, {
          caseSensitive: true,
          done: (marks) => resolve(document.querySelectorAll('mark').length),
        })),
      }));
    });
  //# sourceURL=${url}`;
}

export const isBaselineUrl = (name: BaselineName) => (url: string) => url.startsWith(`rolelens-bench://${name}/`);

/** Runs a library on a loaded page (through the DevTools protocol: page CSPs do not apply). Returns marks made. */
export async function runBaseline(page: Page, name: BaselineName): Promise<number> {
  await page.evaluate(librarySource(name));
  await page.evaluate(markingSource(name));
  return page.evaluate(() => (window as unknown as { __rolelensBenchDone: Promise<number> }).__rolelensBenchDone);
}
