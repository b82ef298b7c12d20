import { ABBREVIATIONS } from '../data/abbreviations';
import type { RoleId } from '../data/role-ids';
import type { Meaning } from './matching/types';
import { isValidSiteKey, siteKey } from './site-switch';

/**
 * What a stored setting may hold, as pure functions: each setting's validator and its migrations
 * from older stored versions. Shared by every reader (content scripts, popup, options page), which
 * apply them in memory, and by the background, which writes migrated values back once after an
 * update. Nothing stored is trusted: it may come from an older or newer RoleLens (the sync area
 * follows the user across machines), from another program or from a hand edit.
 */

/** The most sites the off-list keeps; the sync area cannot hold many more (8 KB per item). */
export const MAX_DISABLED_SITES = 1000;

/** A stored value made fit for use: `valid` is false when anything had to be dropped or replaced. */
export interface Sanitized<T> {
  readonly value: T;
  readonly valid: boolean;
}

/** One setting's rules. */
export interface SettingRules<T> {
  /** The version this RoleLens writes. */
  readonly version: number;
  readonly fallback: T;
  /** Keeps what is valid of a stored value (of the current version), else the fallback. */
  sanitize(raw: unknown): Sanitized<T>;
  /** `migrations[n]` turns a value of version n - 1 into version n. Missing steps change nothing. */
  readonly migrations?: Readonly<Record<number, (old: unknown) => unknown>>;
}

export function sanitizeBoolean(fallback: boolean): (raw: unknown) => Sanitized<boolean> {
  return (raw) => (typeof raw === 'boolean' ? { value: raw, valid: true } : { value: fallback, valid: false });
}

/**
 * A list of site keys: strings that are valid hostnames, folded to site keys, without duplicates,
 * sorted, at most MAX_DISABLED_SITES (the first ones stored win).
 */
export function sanitizeSites(raw: unknown): Sanitized<string[]> {
  if (!Array.isArray(raw)) return { value: [], valid: false };
  const kept = new Set<string>();
  let valid = true;
  for (const entry of raw as unknown[]) {
    if (kept.size >= MAX_DISABLED_SITES) {
      valid = false;
      break;
    }
    const key = typeof entry === 'string' ? siteKey(entry) : undefined;
    if (key === undefined || !isValidSiteKey(key) || key !== entry || kept.has(key)) valid = false;
    if (key !== undefined && isValidSiteKey(key)) kept.add(key);
  }
  return { value: [...kept].sort(), valid };
}

export const ENABLED_RULES: SettingRules<boolean> = {
  version: 1,
  fallback: true,
  sanitize: sanitizeBoolean(true),
};

export const DISABLED_SITES_RULES: SettingRules<string[]> = {
  version: 2,
  fallback: [],
  sanitize: sanitizeSites,
  migrations: {
    // Version 1 (the 0.1 previews) kept hostnames as the browser gave them ("www.LinkedIn.com.");
    // version 2 keeps site keys ("linkedin.com"), so one site is one entry.
    2: (old) => (Array.isArray(old) ? old.map((h: unknown) => (typeof h === 'string' ? siteKey(h) : h)) : old),
  },
};

/** How mentions are marked: a dotted underline, a soft background, or nothing until hovered. */
export const HIGHLIGHT_STYLES = ['underline', 'background', 'hover-only'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** The card's colours: follow the page (its background, else the system), or always light or dark. */
export const CARD_THEMES = ['auto', 'light', 'dark'] as const;
export type CardTheme = (typeof CARD_THEMES)[number];

/** Hover delay bounds: instant would open cards while the pointer merely crosses text. */
export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 2000;

export function sanitizeChoice<T extends string>(choices: readonly T[], fallback: T): (raw: unknown) => Sanitized<T> {
  return (raw) =>
    typeof raw === 'string' && (choices as readonly string[]).includes(raw)
      ? { value: raw as T, valid: true }
      : { value: fallback, valid: false };
}

export function sanitizeHoverDelay(raw: unknown): Sanitized<number> {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return { value: 350, valid: false };
  const value = Math.round(Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, raw)));
  return { value, valid: value === raw };
}

/** Per site (site key), what an abbreviation means there, as the reader corrected it. */
export type Corrections = Readonly<Record<string, Readonly<Record<string, Meaning>>>>;

/** The most sites with corrections kept (sync storage is small; a few dozen bytes each). */
export const MAX_CORRECTED_SITES = 200;

const KNOWN = new Map<string, (typeof ABBREVIATIONS)[number]>(ABBREVIATIONS.map((a) => [a.abbreviation, a]));

/** The meanings a reader can choose for an abbreviation: its roles, then what else it may mean. */
export function meaningsOf(abbreviation: string): Meaning[] {
  const info = KNOWN.get(abbreviation);
  if (!info) return [];
  return [
    ...(Object.keys(info.expansions) as RoleId[]).map((roleId): Meaning => ({ kind: 'role', roleId })),
    ...info.otherMeanings.map((m): Meaning => ({ kind: 'other', label: m.label })),
  ];
}

function sanitizeMeaning(abbreviation: string, raw: unknown): Meaning | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as { kind?: unknown; roleId?: unknown; label?: unknown };
  return meaningsOf(abbreviation).find((m) =>
    m.kind === 'role' ? r.kind === 'role' && r.roleId === m.roleId : r.kind === 'other' && r.label === m.label,
  );
}

/** Keeps corrections of known abbreviations to meanings RoleLens knows, on valid site keys. */
export function sanitizeCorrections(raw: unknown): Sanitized<Corrections> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { value: {}, valid: false };
  const out: Record<string, Record<string, Meaning>> = {};
  let valid = true;
  for (const [site, perSite] of Object.entries(raw as Record<string, unknown>)) {
    if (Object.keys(out).length >= MAX_CORRECTED_SITES || !isValidSiteKey(site) || siteKey(site) !== site) {
      valid = false;
      continue;
    }
    if (typeof perSite !== 'object' || perSite === null || Array.isArray(perSite)) {
      valid = false;
      continue;
    }
    const kept: Record<string, Meaning> = {};
    for (const [abbreviation, meaning] of Object.entries(perSite as Record<string, unknown>)) {
      const sane = sanitizeMeaning(abbreviation, meaning);
      if (sane) kept[abbreviation] = sane;
      else valid = false;
    }
    if (Object.keys(kept).length > 0) out[site] = kept;
  }
  return { value: out, valid };
}

export const HOVER_DELAY_RULES: SettingRules<number> = { version: 1, fallback: 350, sanitize: sanitizeHoverDelay };

export const HIGHLIGHT_STYLE_RULES: SettingRules<HighlightStyle> = {
  version: 1,
  fallback: 'underline',
  sanitize: sanitizeChoice(HIGHLIGHT_STYLES, 'underline'),
};

export const FIRST_MENTION_ONLY_RULES: SettingRules<boolean> = {
  version: 1,
  fallback: false,
  sanitize: sanitizeBoolean(false),
};

export const CARD_THEME_RULES: SettingRules<CardTheme> = {
  version: 1,
  fallback: 'auto',
  sanitize: sanitizeChoice(CARD_THEMES, 'auto'),
};

export const CORRECTIONS_RULES: SettingRules<Corrections> = { version: 1, fallback: {}, sanitize: sanitizeCorrections };

/** What became of one stored value on reading. */
export type SettledOutcome =
  /** Absent: the fallback applies, nothing to say. */
  | 'default'
  /** Stored at the current version and valid. */
  | 'current'
  /** Stored at an older version and migrated (valid after migration). */
  | 'migrated'
  /** Written by a newer RoleLens: what this version understands of it is used; it is never rewritten. */
  | 'newer'
  /** Partly or wholly invalid: what is valid is kept, the rest falls back. */
  | 'invalid';

export interface Settled<T> {
  readonly value: T;
  readonly outcome: SettledOutcome;
}

/**
 * Turns a stored value and its stored version into a usable value. Values without a version are
 * version 1 (WXT storage writes no version until a migration runs). A migration that throws is
 * treated like an invalid value: the fallback applies.
 */
export function settleStoredValue<T>(rules: SettingRules<T>, raw: unknown, storedVersion: unknown): Settled<T> {
  if (raw === undefined || raw === null) return { value: rules.fallback, outcome: 'default' };
  const version =
    typeof storedVersion === 'number' && Number.isInteger(storedVersion) && storedVersion >= 1 ? storedVersion : 1;
  if (version > rules.version) {
    const { value, valid } = rules.sanitize(raw);
    return { value, outcome: valid ? 'newer' : 'invalid' };
  }
  let migrated = raw;
  try {
    for (let next = version + 1; next <= rules.version; next += 1)
      migrated = rules.migrations?.[next]?.(migrated) ?? migrated;
  } catch {
    return { value: rules.fallback, outcome: 'invalid' };
  }
  const { value, valid } = rules.sanitize(migrated);
  if (!valid) return { value, outcome: 'invalid' };
  return { value, outcome: version < rules.version ? 'migrated' : 'current' };
}

/** The version stored in WXT storage's metadata object for an item (`{ v: 2 }`), if any. */
export function storedVersionOf(meta: unknown): unknown {
  return typeof meta === 'object' && meta !== null ? (meta as { v?: unknown }).v : undefined;
}
