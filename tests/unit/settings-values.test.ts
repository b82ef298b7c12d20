import { describe, expect, it } from 'vitest';
import {
  CARD_THEME_RULES,
  DISABLED_SITES_RULES,
  ENABLED_RULES,
  MAX_DISABLED_SITES,
  meaningsOf,
  sanitizeCorrections,
  sanitizeHoverDelay,
  sanitizeSites,
  type SettingRules,
  settleStoredValue,
} from '../../lib/settings-values';

describe('sanitizeSites', () => {
  it.each([
    ['a valid list', ['indeed.com', 'linkedin.com'], ['indeed.com', 'linkedin.com'], true],
    ['unsorted but valid', ['linkedin.com', 'indeed.com'], ['indeed.com', 'linkedin.com'], true],
    ['duplicates', ['a.com', 'a.com'], ['a.com'], false],
    ['unfolded hostnames', ['www.LinkedIn.com.'], ['linkedin.com'], false],
    ['wrong types among valid', [42, null, {}, 'a.com', ['b.com']], ['a.com'], false],
    [
      'invalid hostnames',
      ['not a host', 'exa mple.com', '-a.com', 'a..com', 'x'.repeat(300), 'ok.com'],
      ['ok.com'],
      false,
    ],
    ['an IPv6 literal and local files', ['[::1]', ''], ['', '[::1]'], true],
    ['a string instead of a list', 'linkedin.com', [], false],
    ['an object', { 0: 'a.com' }, [], false],
  ])('%s', (_, raw, value, valid) => {
    expect(sanitizeSites(raw)).toEqual({ value, valid });
  });

  it('keeps at most MAX_DISABLED_SITES of a 100,000-entry list, the first ones stored, quickly', () => {
    const huge = Array.from({ length: 100_000 }, (_, i) => `site${i}.example`);
    const started = performance.now();
    const { value, valid } = sanitizeSites(huge);
    expect(performance.now() - started).toBeLessThan(500);
    expect(valid).toBe(false);
    expect(value).toHaveLength(MAX_DISABLED_SITES);
    expect(value).toContain('site0.example');
    expect(value).not.toContain(`site${MAX_DISABLED_SITES}.example`);
  });

  it('finds the valid entries in a 100,000-entry list of junk', () => {
    const junk: unknown[] = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? i : `not a host ${i}`));
    junk.push('rescued.com');
    expect(sanitizeSites(junk)).toEqual({ value: ['rescued.com'], valid: false });
  });
});

describe('settleStoredValue', () => {
  it.each([
    ['absent', undefined, undefined, true, 'default'],
    ['null', null, undefined, true, 'default'],
    ['valid without a version (version 1)', false, undefined, false, 'current'],
    ['valid at version 1', false, { v: 1 }, false, 'current'],
    ['a wrong type', 'yes', undefined, true, 'invalid'],
    ['a number', 0, undefined, true, 'invalid'],
  ])('enabled: %s', (_, raw, meta, value, outcome) => {
    expect(settleStoredValue(ENABLED_RULES, raw, (meta as { v?: number } | undefined)?.v)).toEqual({ value, outcome });
  });

  it('migrates version 1 site lists (hostnames as given) to version 2 (site keys)', () => {
    expect(settleStoredValue(DISABLED_SITES_RULES, ['www.LinkedIn.com', 'Indeed.com.'], 1)).toEqual({
      value: ['indeed.com', 'linkedin.com'],
      outcome: 'migrated',
    });
    expect(settleStoredValue(DISABLED_SITES_RULES, ['www.LinkedIn.com'], undefined).outcome).toBe('migrated');
  });

  it('keeps what is valid when a migrated list still holds junk, and says so', () => {
    expect(settleStoredValue(DISABLED_SITES_RULES, ['www.a.com', 7], 1)).toEqual({
      value: ['a.com'],
      outcome: 'invalid',
    });
  });

  it('reads values of the current version as they are', () => {
    expect(settleStoredValue(DISABLED_SITES_RULES, ['a.com'], 2)).toEqual({ value: ['a.com'], outcome: 'current' });
  });

  it('uses what it understands of a value written by a newer version', () => {
    expect(settleStoredValue(DISABLED_SITES_RULES, ['a.com'], 9)).toEqual({ value: ['a.com'], outcome: 'newer' });
    expect(settleStoredValue(ENABLED_RULES, { mode: 'smart' }, 5)).toEqual({ value: true, outcome: 'invalid' });
  });

  it.each([0, -1, 1.5, '2', null, {}])('treats a nonsense version (%j) as version 1', (version) => {
    expect(settleStoredValue(DISABLED_SITES_RULES, ['www.a.com'], version)).toEqual({
      value: ['a.com'],
      outcome: 'migrated',
    });
  });

  it('runs every step from the stored version to the current one, in order', () => {
    const rules: SettingRules<string> = {
      version: 4,
      fallback: '',
      sanitize: (raw) => (typeof raw === 'string' ? { value: raw, valid: true } : { value: '', valid: false }),
      migrations: { 2: (v) => `${String(v)}>2`, 4: (v) => `${String(v)}>4` },
    };
    expect(settleStoredValue(rules, 'v1', 1)).toEqual({ value: 'v1>2>4', outcome: 'migrated' });
    expect(settleStoredValue(rules, 'v3', 3)).toEqual({ value: 'v3>4', outcome: 'migrated' });
  });

  it('falls back when a migration throws', () => {
    const rules: SettingRules<string> = {
      version: 2,
      fallback: 'default',
      sanitize: (raw) => ({ value: String(raw), valid: true }),
      migrations: {
        2: () => {
          throw new Error('corrupt');
        },
      },
    };
    expect(settleStoredValue(rules, 'old', 1)).toEqual({ value: 'default', outcome: 'invalid' });
  });
});

describe('preferences', () => {
  it.each([
    [350, 350, true],
    [0, 100, false],
    [99_999, 2000, false],
    [412.6, 413, false],
    ['500', 350, false],
    [Number.NaN, 350, false],
  ])('hover delay %j reads as %j', (raw, value, valid) => {
    expect(sanitizeHoverDelay(raw)).toEqual({ value, valid });
  });

  it.each([
    ['dark', 'dark', true],
    ['Dark', 'auto', false],
    [1, 'auto', false],
  ])('card theme %j reads as %j', (raw, value, valid) => {
    expect(CARD_THEME_RULES.sanitize(raw)).toEqual({ value, valid });
  });
});

describe('corrections', () => {
  it('lists the meanings a reader can choose for an abbreviation: its roles, then the others', () => {
    const pm = meaningsOf('PM');
    expect(pm.slice(0, 2)).toEqual([
      { kind: 'role', roleId: 'product-manager' },
      { kind: 'role', roleId: 'project-manager' },
    ]);
    expect(pm).toContainEqual({ kind: 'other', label: 'a time of day (post meridiem)' });
    expect(meaningsOf('XYZ')).toEqual([]);
  });

  it('keeps known meanings of known abbreviations on valid sites, and drops the rest', () => {
    const time = { kind: 'other', label: 'a time of day (post meridiem)' };
    expect(
      sanitizeCorrections({
        'linkedin.com': { PM: time, PO: { kind: 'role', roleId: 'scrum-master' }, ZZ: time },
        'not a host': { PM: time },
        'WWW.A.COM': { PM: time },
        'b.com': 'PM',
        'c.com': { CPO: { kind: 'role', roleId: 'chief-product-owner' } },
      }),
    ).toEqual({
      value: { 'linkedin.com': { PM: time }, 'c.com': { CPO: { kind: 'role', roleId: 'chief-product-owner' } } },
      valid: false,
    });
    expect(sanitizeCorrections([])).toEqual({ value: {}, valid: false });
    expect(sanitizeCorrections({ 'a.com': { PO: { kind: 'role', roleId: 'product-owner' } } }).valid).toBe(true);
  });
});
