import { storage } from '#imports';
import { isValidSiteKey, siteKey } from './site-switch';

/**
 * RoleLens settings: one storage item per setting in the sync area (WXT storage), each with a fallback
 * and a version (conventions, 5). Values written by older versions, by hand or by other software are
 * never trusted: `readSettings` validates each one, keeps what is valid, falls back to the default
 * for the rest and says so once in the console.
 */

export const enabledStorage = storage.defineItem<boolean>('sync:enabled', { fallback: true, version: 1 });

export const disabledSitesStorage = storage.defineItem<string[]>('sync:disabledSites', { fallback: [], version: 1 });

/** The most sites the list keeps; more cannot be stored in the sync area anyway (8 KB per item). */
export const MAX_DISABLED_SITES = 1000;

type Sanitized<T> = { value: T; valid: boolean };

function sanitizeBoolean(value: unknown, fallback: boolean): Sanitized<boolean> {
  return typeof value === 'boolean' ? { value, valid: true } : { value: fallback, valid: false };
}

function sanitizeSites(value: unknown): Sanitized<string[]> {
  if (!Array.isArray(value)) return { value: [], valid: false };
  const keys = value
    .filter((v): v is string => typeof v === 'string')
    .map(siteKey)
    .filter(isValidSiteKey);
  const unique = [...new Set(keys)].slice(0, MAX_DISABLED_SITES).sort();
  return { value: unique, valid: unique.length === value.length };
}

/** Every setting, read and validated. */
export interface Settings {
  readonly enabled: boolean;
  readonly disabledSites: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: enabledStorage.fallback,
  disabledSites: disabledSitesStorage.fallback,
};

const warned = new Set<string>();

function warnOnce(key: string, raw: unknown): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`RoleLens: ignoring an invalid stored value for "${key}"; using what is valid or the default.`, raw);
}

export async function readSettings(): Promise<Settings> {
  // One read for all items: each storage call is a round trip to the browser.
  const [enabled, disabledSites] = await storage
    .getItems([enabledStorage, disabledSitesStorage])
    .then((items) => items.map((i) => i.value as unknown))
    .catch(() => [undefined, undefined]);
  const e = sanitizeBoolean(enabled, DEFAULT_SETTINGS.enabled);
  const d = sanitizeSites(disabledSites);
  if (!e.valid) warnOnce(enabledStorage.key, enabled);
  if (!d.valid) warnOnce(disabledSitesStorage.key, disabledSites);
  return { enabled: e.value, disabledSites: d.value };
}

/**
 * Removes a listener from an extension API. After the extension was reloaded or updated under a page,
 * its APIs throw "Extension context invalidated"; the listener is already gone with the old context,
 * so there is nothing left to remove.
 */
export function removeQuietly(remove: () => void): void {
  try {
    remove();
  } catch {
    // The extension context is gone, and the listener with it.
  }
}

/** Calls `onChange` with fresh settings whenever any of them changes, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const reread = () => {
    if (!signal.aborted) void readSettings().then((s) => signal.aborted || onChange(s));
  };
  const unwatch = [enabledStorage.watch(reread), disabledSitesStorage.watch(reread)];
  signal.addEventListener('abort', () => unwatch.forEach(removeQuietly), { once: true });
}
