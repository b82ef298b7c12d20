import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  migrateStoredSettings,
  readSettings,
  resetSettings,
  SETTING_NAMES,
  saveSetting,
  saveSettings,
  validateSetting,
  watchSettings,
} from '../../lib/settings';

describe('settings', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fakeBrowser.reset();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());

  it('defaults to on everywhere', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({
      enabled: true,
      disabledSites: [],
      hoverDelayMs: 350,
      highlightStyle: 'underline',
      firstMentionOnly: false,
      cardTheme: 'auto',
      corrections: {},
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads what was saved, and saves the version with it', async () => {
    await saveSetting('enabled', false);
    await saveSetting('disabledSites', ['linkedin.com']);
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['linkedin.com'] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      enabled: false,
      enabled$: { v: 1 },
      disabledSites: ['linkedin.com'],
      disabledSites$: { v: 2 },
    });
  });

  it('falls back on wrong types and keeps valid sites, with one warning for all problems', async () => {
    await fakeBrowser.storage.sync.set({
      enabled: 'yes',
      enabled$: 'garbage',
      disabledSites: ['www.LinkedIn.com', 42, 'not a host', 'indeed.com'],
      disabledSites$: { v: 2 },
    });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: true,
      disabledSites: ['indeed.com', 'linkedin.com'],
    });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/enabled, disabledSites/);
  });

  it('reads every preference, keeping valid ones and replacing the rest', async () => {
    await fakeBrowser.storage.sync.set({
      hoverDelayMs: 600,
      highlightStyle: 'background',
      firstMentionOnly: true,
      cardTheme: 'sepia',
      corrections: { 'linkedin.com': { PM: { kind: 'role', roleId: 'project-manager' }, XX: { kind: 'role' } } },
    });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      hoverDelayMs: 600,
      highlightStyle: 'background',
      firstMentionOnly: true,
      cardTheme: 'auto',
      corrections: { 'linkedin.com': { PM: { kind: 'role', roleId: 'project-manager' } } },
    });
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/cardTheme, corrections/);
  });

  it('reads a 100,000-entry site list without failing, keeping the valid ones up to the limit', async () => {
    const sites = Array.from({ length: 100_000 }, (_, i) => `site${i}.example`);
    await fakeBrowser.storage.sync.set({ disabledSites: sites, disabledSites$: { v: 2 } });
    const settings = await readSettings();
    expect(settings.disabledSites.length).toBe(1000);
    expect(settings.enabled).toBe(true);
  });

  it('reads older values through the migrations, and the background writes them back once', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['www.LinkedIn.com'], enabled: false });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['linkedin.com'] });
    expect(await migrateStoredSettings()).toEqual(['disabledSites']);
    expect(await fakeBrowser.storage.sync.get(['disabledSites', 'disabledSites$'])).toEqual({
      disabledSites: ['linkedin.com'],
      disabledSites$: { v: 2 },
    });
    expect(await migrateStoredSettings()).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('never rewrites values from a newer version, and uses what it understands of them', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['a.com'], disabledSites$: { v: 7 } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: true, disabledSites: ['a.com'] });
    expect(await migrateStoredSettings()).toEqual([]);
    expect(await fakeBrowser.storage.sync.get('disabledSites$')).toEqual({ disabledSites$: { v: 7 } });
  });

  it('tells a watcher about changes until stopped', async () => {
    const seen: boolean[] = [];
    const stop = new AbortController();
    watchSettings((s) => seen.push(s.enabled), stop.signal);
    await fakeBrowser.storage.sync.set({ enabled: false });
    await vi.waitFor(() => expect(seen).toEqual([false]));
    stop.abort();
    await fakeBrowser.storage.sync.set({ enabled: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([false]);
  });
});

describe('saving, resetting, validating', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves several settings with their versions, and resets only RoleLens’s own keys', async () => {
    await fakeBrowser.storage.sync.set({ otherExtension: 1 });
    await saveSettings({ hoverDelayMs: 800, disabledSites: ['a.com'] });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 800, disabledSites: ['a.com'] });
    expect(await fakeBrowser.storage.sync.get(['hoverDelayMs$', 'disabledSites$'])).toEqual({
      hoverDelayMs$: { v: 1 },
      disabledSites$: { v: 2 },
    });
    await resetSettings();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ otherExtension: 1 });
  });

  it('validates single values for forms and files', () => {
    expect(validateSetting('highlightStyle', 'background')).toEqual({ value: 'background', valid: true });
    expect(validateSetting('highlightStyle', 'neon')).toEqual({ value: 'underline', valid: false });
    expect(SETTING_NAMES).toContain('corrections');
  });
});
