import { storage } from '#imports';
import {
  CARD_THEME_RULES,
  type CardTheme,
  CORRECTIONS_RULES,
  type Corrections,
  DISABLED_SITES_RULES,
  ENABLED_RULES,
  FIRST_MENTION_ONLY_RULES,
  HIGHLIGHT_STYLE_RULES,
  type HighlightStyle,
  HOVER_DELAY_RULES,
  type SettingRules,
  settleStoredValue,
  type Settled,
  storedVersionOf,
} from './settings-values';

export { MAX_DISABLED_SITES } from './settings-values';
export type { CardTheme, Corrections, HighlightStyle } from './settings-values';

/**
 * RoleLens settings: one WXT storage item per setting in the sync area, each with a fallback and a
 * version (conventions, 5); what a stored value may be, and how older versions are migrated, is in
 * `settings-values.ts`. Readers never trust storage: `readSettings` migrates in memory, keeps what is
 * valid, falls back for the rest and says so in one console warning. Writers (`saveSetting`) store the
 * current version next to the value; the background writes migrated values back after an update.
 */

/** What each setting may hold (settings-values.ts), by name. */
const RULES = {
  enabled: ENABLED_RULES,
  disabledSites: DISABLED_SITES_RULES,
  hoverDelayMs: HOVER_DELAY_RULES,
  highlightStyle: HIGHLIGHT_STYLE_RULES,
  firstMentionOnly: FIRST_MENTION_ONLY_RULES,
  cardTheme: CARD_THEME_RULES,
  corrections: CORRECTIONS_RULES,
} as const;

/**
 * The storage items, one per setting. Defined on first use, not when this module loads: WXT reads an
 * item from storage as soon as it is defined, and the content script loads in every frame of every
 * page, many of them at once on pages full of frames.
 */
function defineItems() {
  return {
    enabled: storage.defineItem<boolean>('sync:enabled', {
      fallback: ENABLED_RULES.fallback,
      version: ENABLED_RULES.version,
    }),
    disabledSites: storage.defineItem<string[]>('sync:disabledSites', {
      fallback: DISABLED_SITES_RULES.fallback,
      version: DISABLED_SITES_RULES.version,
    }),
    hoverDelayMs: storage.defineItem<number>('sync:hoverDelayMs', {
      fallback: HOVER_DELAY_RULES.fallback,
      version: HOVER_DELAY_RULES.version,
    }),
    highlightStyle: storage.defineItem<HighlightStyle>('sync:highlightStyle', {
      fallback: HIGHLIGHT_STYLE_RULES.fallback,
      version: HIGHLIGHT_STYLE_RULES.version,
    }),
    firstMentionOnly: storage.defineItem<boolean>('sync:firstMentionOnly', {
      fallback: FIRST_MENTION_ONLY_RULES.fallback,
      version: FIRST_MENTION_ONLY_RULES.version,
    }),
    cardTheme: storage.defineItem<CardTheme>('sync:cardTheme', {
      fallback: CARD_THEME_RULES.fallback,
      version: CARD_THEME_RULES.version,
    }),
    corrections: storage.defineItem<Corrections>('sync:corrections', {
      fallback: CORRECTIONS_RULES.fallback,
      version: CORRECTIONS_RULES.version,
    }),
  } satisfies { readonly [N in keyof typeof RULES]: { readonly key: string } };
}

let defined: ReturnType<typeof defineItems> | undefined;
const items = () => (defined ??= defineItems());

/** Every setting, read and validated (its type derived from the rules its storage item is typed by). */
export type Settings = {
  readonly [N in keyof typeof RULES]: (typeof RULES)[N]['fallback'];
};

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  Object.entries(RULES).map(([name, rules]) => [name, rules.fallback]),
) as unknown as Settings;

export type SettingName = keyof typeof RULES;
const NAMES = Object.keys(RULES) as SettingName[];

interface StoredSetting {
  readonly name: SettingName;
  readonly raw: unknown;
  readonly version: unknown;
  readonly settled: Settled<unknown>;
}

/** Reads every setting with its stored version, in one round trip to the browser. */
async function readStored(): Promise<StoredSetting[]> {
  const keys = NAMES.flatMap((name) => [items()[name].key, `${items()[name].key}$`] as const);
  const values = await storage
    .getItems([...keys])
    .then((items) => items.map((i) => i.value as unknown))
    .catch(() => keys.map(() => undefined)); // Storage unavailable: defaults, rather than no RoleLens.
  return NAMES.map((name, i) => {
    const raw = values[2 * i];
    const version = storedVersionOf(values[2 * i + 1]);
    const rules = RULES[name] as SettingRules<unknown>;
    return { name, raw, version, settled: settleStoredValue(rules, raw, version) };
  });
}

const warned = new Set<string>();

/** One console warning per read that found something wrong, and each problem only once per page. */
function warnAboutInvalid(stored: readonly StoredSetting[]): void {
  const fresh = stored.filter((s) => s.settled.outcome === 'invalid' && !warned.has(s.name));
  if (fresh.length === 0) return;
  fresh.forEach((s) => warned.add(s.name));
  console.warn(
    `RoleLens: ignoring invalid stored settings (${fresh.map((s) => s.name).join(', ')}); using what is valid, and defaults for the rest.`,
    Object.fromEntries(fresh.map((s) => [s.name, s.raw])),
  );
}

export async function readSettings(): Promise<Settings> {
  const stored = await readStored();
  warnAboutInvalid(stored);
  return Object.fromEntries(stored.map((s) => [s.name, s.settled.value])) as unknown as Settings;
}

/** Stores one setting with the version it is written in. */
export async function saveSetting<N extends SettingName>(name: N, value: Settings[N]): Promise<void> {
  const { key } = items()[name];
  await storage.setItems([{ key, value }]);
  await storage.setMeta(key, { v: RULES[name].version });
}

/** Stores several settings at once (each with its version), e.g. from an imported file. */
export async function saveSettings(values: Partial<Settings>): Promise<void> {
  const names = (Object.keys(values) as SettingName[]).filter((n) => n in RULES);
  await storage.setItems(names.map((name) => ({ key: items()[name].key, value: values[name] })));
  await storage.setMetas(names.map((name) => ({ key: items()[name].key, meta: { v: RULES[name].version } })));
}

/** Back to defaults: every RoleLens setting removed from storage (other extensions' keys are not ours). */
export async function resetSettings(): Promise<void> {
  await storage.removeItems(NAMES.map((name) => ({ key: items()[name].key, options: { removeMeta: true } })));
}

/** The names of all settings, in a stable order (for export files and forms). */
export const SETTING_NAMES: readonly SettingName[] = NAMES;

/** Validates one setting's value as read from anywhere (a file, a form): what is valid, and whether all of it was. */
export function validateSetting<N extends SettingName>(name: N, raw: unknown): { value: Settings[N]; valid: boolean } {
  return (RULES[name] as SettingRules<Settings[N]>).sanitize(raw);
}

/**
 * Settles one setting's value with the version it was written in (a file, storage), through the same
 * migrations and validation as stored values.
 */
export function settleSetting<N extends SettingName>(name: N, raw: unknown, version: unknown): Settled<Settings[N]> {
  return settleStoredValue(RULES[name] as SettingRules<Settings[N]>, raw, version);
}

/** The version each setting is written in (for export files). */
export function settingVersion(name: SettingName): number {
  return RULES[name].version;
}

/**
 * After an update: writes migrated values back, so older values are converted once instead of on
 * every read. Values from a newer RoleLens and invalid values are left as they are (a newer version
 * may understand them; readers already fall back). Returns the names of the settings rewritten.
 */
export async function migrateStoredSettings(): Promise<SettingName[]> {
  const stored = await readStored();
  const migrated = stored.filter((s) => s.settled.outcome === 'migrated');
  for (const s of migrated) await saveSetting(s.name, s.settled.value as never);
  return migrated.map((s) => s.name);
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
  const unwatch = NAMES.map((name) => items()[name].watch(reread));
  signal.addEventListener('abort', () => unwatch.forEach(removeQuietly), { once: true });
}
