import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import * as originalPreact from 'preact';
import { build, type Plugin, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import stripUnusedInnerHtml, {
  mentionsDangerouslySetInnerHtml,
  REPLACEMENT,
  stripPreactInnerHtml,
} from '../../build/strip-unused-inner-html';

/**
 * The build plugin that takes Preact's `dangerouslySetInnerHTML` write out of the bundles
 * (build/strip-unused-inner-html.ts): it changes exactly that one expression and nothing else, the
 * Preact it leaves still renders, and a module that uses the prop fails the build.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const PREACT_FILE = resolve(ROOT, 'node_modules', 'preact', 'dist', 'preact.mjs');
/** An assignment to innerHTML (not a comparison such as `x==t.innerHTML`). */
const INNER_HTML_WRITE = /\.innerHTML\s*=(?!=)/g;

type PreactApi = Pick<typeof originalPreact, 'h' | 'render'>;

/** Renders a vnode into a fresh happy-dom document and returns the container's HTML. */
function renderWith(preact: PreactApi, props: Record<string, unknown>, text?: string): string {
  const window = new Window();
  const root = window.document.createElement('div') as unknown as HTMLElement;
  preact.render(preact.h('p', props, text), root);
  const html = root.innerHTML;
  void window.happyDOM.close();
  return html;
}

/** Bundles `entry` (module source) with Vite and this plugin, as the extension build does. */
async function bundle(entry: string): Promise<string> {
  const virtualEntry: Plugin = {
    name: 'test-entry',
    enforce: 'pre',
    resolveId: (id) => (id === 'virtual:entry' ? '\0virtual:entry.tsx' : undefined),
    load: (id) => (id === '\0virtual:entry.tsx' ? entry : undefined),
  };
  const output = (await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    plugins: [virtualEntry, stripUnusedInnerHtml()],
    build: {
      write: false,
      minify: true,
      rollupOptions: { input: 'virtual:entry', preserveEntrySignatures: 'strict' },
    },
  })) as Rolldown.RolldownOutput;
  const chunks = output.output.filter((o) => o.type === 'chunk');
  expect(chunks).toHaveLength(1);
  return (chunks[0] as Rolldown.OutputChunk).code;
}

describe('stripPreactInnerHtml', () => {
  it('replaces exactly the one innerHTML write in Preact and leaves every other character alone', async () => {
    const original = await readFile(PREACT_FILE, 'utf8');
    expect(original.match(INNER_HTML_WRITE)).toHaveLength(1);

    const stripped = stripPreactInnerHtml(original);
    expect(stripped.match(INNER_HTML_WRITE)).toBeNull();
    // The only difference is one `(<dom>.innerHTML=<html>.__html)` swapped for the replacement.
    const at = stripped.indexOf(REPLACEMENT);
    expect(at).toBeGreaterThan(0);
    expect(stripped.indexOf(REPLACEMENT, at + 1)).toBe(-1);
    expect(stripped.slice(0, at)).toBe(original.slice(0, at));
    const tail = stripped.slice(at + REPLACEMENT.length);
    expect(original.endsWith(tail)).toBe(true);
    const removed = original.slice(at, original.length - tail.length);
    expect(removed).toMatch(/^\([\w$]+\.innerHTML=[\w$]+\.__html\)$/);
  });

  it('refuses code where the write is missing or appears more than once (Preact changed)', () => {
    expect(() => stripPreactInnerHtml('export const x = 1;')).toThrow(/found 0/);
    expect(() => stripPreactInnerHtml('(a.innerHTML=b.__html);(c.innerHTML=d.__html)')).toThrow(/found 2/);
  });
});

describe('mentionsDangerouslySetInnerHtml', () => {
  it('flags our modules and other dependencies, but not Preact itself or tippy.js', () => {
    const use = '<div dangerouslySetInnerHTML={{ __html: html }} />';
    expect(mentionsDangerouslySetInnerHtml(resolve(ROOT, 'components/RoleCard.tsx'), use)).toBe(true);
    expect(mentionsDangerouslySetInnerHtml(resolve(ROOT, 'node_modules/some-lib/index.js'), use)).toBe(true);
    expect(mentionsDangerouslySetInnerHtml(`${PREACT_FILE}?v=1`, use)).toBe(false);
    expect(mentionsDangerouslySetInnerHtml(resolve(ROOT, 'node_modules/tippy.js/dist/tippy.esm.js'), use)).toBe(false);
    expect(mentionsDangerouslySetInnerHtml(resolve(ROOT, 'components/RoleCard.tsx'), '<p>{text}</p>')).toBe(false);
  });
});

describe('the plugin in a Vite build', () => {
  it('bundles a Preact without the innerHTML write, which still renders, and refuses the prop', async () => {
    const code = await bundle(`export { h, render } from 'preact';`);
    expect(code.match(INNER_HTML_WRITE)).toBeNull();
    expect(code).toContain('dangerouslySetInnerHTML is not supported');

    const dir = await mkdtemp(join(tmpdir(), 'rolelens-strip-'));
    try {
      const file = join(dir, 'preact-built.mjs');
      await writeFile(file, code);
      const built = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as PreactApi;
      expect(renderWith(built, { class: 'x', title: 't' }, 'Hello')).toBe('<p class="x" title="t">Hello</p>');
      expect(() => renderWith(built, { dangerouslySetInnerHTML: { __html: '<b>x</b>' } })).toThrow(
        /dangerouslySetInnerHTML is not supported/,
      );
      // The unmodified Preact does write the HTML: the check above is about the change, not happy-dom.
      expect(renderWith(originalPreact, { dangerouslySetInnerHTML: { __html: '<b>x</b>' } })).toBe('<p><b>x</b></p>');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('fails the build when a module passes dangerouslySetInnerHTML', async () => {
    await expect(
      bundle(`import { h } from 'preact'; export const v = h('div', { dangerouslySetInnerHTML: { __html: '' } });`),
    ).rejects.toThrow(/uses dangerouslySetInnerHTML/);
  });
});
