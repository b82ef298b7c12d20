import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const CHROME_BUILD = resolve(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output', 'firefox-mv3');
export const FIXTURE_PAGES = resolve(ROOT, 'tests', 'fixtures', 'pages');
export const REALPAGES = process.env.ROLELENS_REALPAGES ?? resolve(ROOT, '..', 'shared', 'realpages');
export const ARTIFACTS = resolve(ROOT, 'tests', 'e2e', 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
