import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { readBlocks } from '../entrypoints/content/scanner/read-blocks';

/**
 * The real saved pages in `../shared/realpages`, read at run time (never copied into this repository).
 * `ROLELENS_REALPAGES` points elsewhere if needed.
 */
export const REALPAGES_DIR =
  process.env.ROLELENS_REALPAGES ?? resolve(import.meta.dirname, '..', '..', 'shared', 'realpages');

export function realPageFiles(): string[] {
  return readdirSync(REALPAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

export function readRealPage(file: string): string {
  return readFileSync(join(REALPAGES_DIR, file), 'utf8');
}

/** The page's text as the content script reads it: blocks of visible text, parsed without running scripts. */
export function pageBlockTexts(html: string): string[] {
  const window = new Window({ url: 'https://example.test/' });
  try {
    window.document.write(html);
    return readBlocks(window.document.documentElement as unknown as Node).map((b) => b.text);
  } finally {
    void window.happyDOM.close();
  }
}
