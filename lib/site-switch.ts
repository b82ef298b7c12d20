/**
 * The per-site switch, as pure functions shared by the popup and the content script (conventions, 6).
 */

/** What the switch needs to know. */
export interface SiteSwitchSettings {
  /** The global switch. */
  readonly enabled: boolean;
  /** Site keys where RoleLens is off. */
  readonly disabledSites: readonly string[];
}

/**
 * The key a site is stored under: its hostname in lower case, without a trailing dot and with a
 * leading "www." folded away, so www.linkedin.com and linkedin.com are one site. Pages without a
 * hostname (local files) share the key "".
 */
export function siteKey(hostname: string): string {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** True when RoleLens should run on a page of this hostname. */
export function isSiteEnabled(hostname: string, settings: SiteSwitchSettings): boolean {
  if (!settings.enabled) return false;
  const key = siteKey(hostname);
  return !settings.disabledSites.includes(key);
}

/** The site list with a site switched on or off, without duplicates, in a stable order. */
export function withSite(disabledSites: readonly string[], hostname: string, enabled: boolean): string[] {
  const key = siteKey(hostname);
  const rest = disabledSites.filter((s) => s !== key);
  return enabled ? rest : [...rest, key].sort();
}

/** A hostname as browsers report them: letters, digits, hyphens and dots, or an IPv6 literal. */
const HOSTNAME =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/;

export function isValidSiteKey(value: unknown): value is string {
  return typeof value === 'string' && (value === '' || (value.length <= 253 && HOSTNAME.test(value)));
}
