import type { Plugin } from 'vite';

/**
 * Build plugin: takes the one `innerHTML` write out of Preact, a code path RoleLens never uses.
 *
 * Why: Mozilla's addons-linter (AMO review, `npm run lint:firefox`) reports every assignment to
 * `innerHTML` with a value it cannot prove safe (UNSAFE_VAR_ASSIGNMENT). The only such assignment in
 * our bundles is Preact's support for the `dangerouslySetInnerHTML` prop (in `diffElementNodes`,
 * preact/src/diff/index.js: `dom.innerHTML = newHtml.__html`). RoleLens renders every view from data
 * with JSX and never passes that prop, so this path is dead code for us.
 *
 * What: in `preact/dist/preact.mjs` the assignment `(<dom>.innerHTML=<newHtml>.__html)` is replaced by
 * an expression that throws, so the sink is gone and any use of the prop fails loudly instead of
 * silently rendering nothing. To make "never used" a checked fact rather than a promise, the build
 * fails if any other module it bundles mentions `dangerouslySetInnerHTML` (tippy.js is exempt: its
 * internal helper of that name only writes the constant '' for element content, as used in
 * entrypoints/content/hover/card-view.tsx, and is not flagged by the linter).
 *
 * The match is exact: the pattern must occur exactly once in Preact's file, or the build fails, so a
 * Preact upgrade that changes this code is noticed instead of shipping unmodified.
 */

/** Preact's bundled `dangerouslySetInnerHTML` write, e.g. `(t.innerHTML=h.__html)` in Preact 11. */
const PREACT_INNER_HTML_WRITE = /\(([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\)/g;

/** What replaces it: an expression (it sits inside a comma/`||` expression) that throws. */
export const REPLACEMENT =
  '(()=>{throw new Error("RoleLens build: dangerouslySetInnerHTML is not supported (build/strip-unused-inner-html.ts)")})()';

const PREACT_FILE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
/** Modules allowed to mention the prop's name (see above). */
const EXEMPT = [PREACT_FILE, /[\\/]node_modules[\\/]tippy\.js[\\/]dist[\\/]/];

/** The module id without Vite's query string (`?v=…`, `?inline`). */
const fileOf = (id: string) => id.replace(/\?.*$/, '');

/**
 * Replaces Preact's one `innerHTML` write with a throwing expression. Throws if the write does not
 * occur exactly once (the plugin then fails the build).
 */
export function stripPreactInnerHtml(code: string): string {
  const found = [...code.matchAll(PREACT_INNER_HTML_WRITE)];
  if (found.length !== 1) {
    throw new Error(
      `expected exactly one \`(x.innerHTML=y.__html)\` in preact/dist/preact.mjs, found ${found.length}: ` +
        'Preact changed; review build/strip-unused-inner-html.ts',
    );
  }
  return code.replace(PREACT_INNER_HTML_WRITE, REPLACEMENT);
}

/** True when a module (other than the exempt ones) uses or forwards the `dangerouslySetInnerHTML` prop. */
export function mentionsDangerouslySetInnerHtml(id: string, code: string): boolean {
  return !EXEMPT.some((re) => re.test(fileOf(id))) && code.includes('dangerouslySetInnerHTML');
}

export default function stripUnusedInnerHtml(): Plugin {
  return {
    name: 'rolelens:strip-unused-inner-html',
    // Before other transforms, so the check sees the source as written (JSX attributes included).
    enforce: 'pre',
    transform(code, id) {
      if (PREACT_FILE.test(fileOf(id))) {
        try {
          return { code: stripPreactInnerHtml(code), map: null };
        } catch (error) {
          this.error(error instanceof Error ? error.message : String(error));
        }
      }
      if (mentionsDangerouslySetInnerHtml(id, code)) {
        this.error(
          `${id} uses dangerouslySetInnerHTML, which this build removes from Preact (build/strip-unused-inner-html.ts)`,
        );
      }
      return null;
    },
  };
}
