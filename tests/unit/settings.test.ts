import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, watchSettings } from '../../lib/settings';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('defaults to on everywhere', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ enabled: true, disabledSites: [] });
  });

  it('reads what was stored', async () => {
    await fakeBrowser.storage.sync.set({ enabled: false, disabledSites: ['linkedin.com'] });
    expect(await readSettings()).toEqual({ enabled: false, disabledSites: ['linkedin.com'] });
  });

  it('falls back on wrong types, keeps valid sites, and warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({
      enabled: 'yes',
      disabledSites: ['www.LinkedIn.com', 42, 'not a host', 'indeed.com'],
    });
    expect(await readSettings()).toEqual({ enabled: true, disabledSites: ['indeed.com', 'linkedin.com'] });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
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
