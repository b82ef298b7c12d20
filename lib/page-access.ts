/**
 * Whether an extension can run on a page, from its address: browsers keep their own pages and their
 * extension stores off-limits. Pure; the popup uses it to explain instead of showing a dead switch.
 */
export type PageAccess = 'allowed' | 'restricted' | 'file' | 'unknown';

const STORES = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org', path: '/' },
];

export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (parsed.protocol === 'file:') return 'file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'restricted';
  const store = STORES.some((s) => parsed.hostname === s.host && parsed.pathname.startsWith(s.path));
  return store ? 'restricted' : 'allowed';
}
