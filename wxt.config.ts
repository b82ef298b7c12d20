import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
// Takes Preact's unused innerHTML write out of the bundles (AMO's linter flags it; see the file).
import stripUnusedInnerHtml from './build/strip-unused-inner-html';
import { ABBREVIATIONS } from './data/abbreviations';
import { ROLES } from './data/roles';
import { cardRoleOf } from './lib/card-roles';
import { planMatcher } from './lib/matching/compile-matcher';

/**
 * RoleLens build configuration.
 *
 * Permissions are the minimum the features need; each one is justified in the README
 * ("Permissions"). Nothing here allows network access: RoleLens makes no requests.
 */
/** Manifest-injected stylesheet for `::highlight(rolelens-…)` (see public/highlights.css). */
const HIGHLIGHT_STYLESHEET = 'highlights.css';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // WXT lists only CSS that a content script imports; highlight styles must reach the page itself,
    // so the stylesheet is added to the content script's manifest entry here.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        script.css = [...(script.css ?? []), HIGHLIGHT_STYLESHEET];
      }
    },
  },
  vite: () => ({
    plugins: [
      preact(),
      // Preact's dangerouslySetInnerHTML support removed, and its use refused (build/strip-unused-inner-html.ts).
      stripUnusedInnerHtml(),
    ],
    // The matcher's pattern and rules, worked out once here instead of on every page load.
    // The card's slice of the glossary, likewise (lib/card-roles.ts).
    define: {
      __ROLELENS_MATCHER_PLAN__: JSON.stringify(planMatcher(ROLES, ABBREVIATIONS)),
      __ROLELENS_CARD_ROLES__: JSON.stringify(ROLES.map(cardRoleOf)),
    },
    // ROLELENS_NO_MINIFY=1 keeps function names readable in CPU profiles (bench/perf/profile-breakdown.ts).
    build: process.env.ROLELENS_NO_MINIFY ? { minify: false } : {},
  }),
  manifest: ({ browser }) => ({
    name: 'RoleLens',
    description:
      'Explains role titles like Product Manager, Product Owner, PM, PO and CPO on any page, without changing it.',
    icons: {
      16: 'icon/16.png',
      32: 'icon/32.png',
      48: 'icon/48.png',
      96: 'icon/96.png',
      128: 'icon/128.png',
    },
    // Each permission is explained in the README ("Permissions").
    permissions: ['storage', 'activeTab', 'contextMenus', ...(browser === 'firefox' ? [] : ['scripting'])],
    // Suggested shortcuts avoid the browsers' own (Chrome and Firefox use Alt+Shift with I, T, A…).
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Turn RoleLens on or off on this site',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next role title on the page and explain it',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous role title on the page and explain it',
      },
    },
    // Chromium only: to put the new content script into pages already open after an update (Firefox
    // does that itself). The content script runs on every site anyway, so this asks for nothing more.
    ...(browser === 'firefox' ? {} : { host_permissions: ['<all_urls>'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rolelens@rolelens.app',
              // Firefox 146: the CSS Custom Highlight API came in 140 but drew no text-decoration (our
              // underline) before 146; data_collection_permissions needs 140 (142 on Android).
              strict_min_version: '146.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // `npm run zip`: the sources zip AMO asks for (Firefox only) holds exactly what a reviewer needs to
  // rebuild the add-on (README, "Publishing"); no tests, tools, benchmarks, docs or build output.
  zip: {
    includeSources: [
      'README.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'build/**',
      'entrypoints/**',
      'components/**',
      'data/**',
      'lib/**',
      'public/**',
      'assets/**',
      // How public/icon/*.png are made from assets/icon.svg (scripts/start.ts, the demo, needs tools/).
      'scripts/render-icons.mjs',
    ],
  },
});
