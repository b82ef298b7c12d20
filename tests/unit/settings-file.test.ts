import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { MAX_SETTINGS_FILE_BYTES, parseSettingsFile, settingsFile, settingsFileText } from '../../lib/settings-file';

const CUSTOM: Settings = {
  enabled: false,
  disabledSites: ['indeed.com', 'linkedin.com'],
  hoverDelayMs: 800,
  highlightStyle: 'background',
  firstMentionOnly: true,
  cardTheme: 'dark',
  corrections: { 'example.com': { PM: { kind: 'role', roleId: 'project-manager' } } },
};

const file = (settings: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'RoleLens', format: 1, exportedAt: '2026-12-02T00:00:00.000Z', settings, ...extra });

describe('settings file', () => {
  it('round-trips every setting', () => {
    const text = settingsFileText(CUSTOM, new Date('2026-12-02T00:00:00Z'));
    expect(parseSettingsFile(text)).toEqual({ ok: true, values: CUSTOM, unknown: [] });
    expect(JSON.parse(text)).toMatchObject({ app: 'RoleLens', format: 1, exportedAt: '2026-12-02T00:00:00.000Z' });
  });

  it('writes each value with the version it is in', () => {
    expect(settingsFile(DEFAULT_SETTINGS).settings.disabledSites).toEqual({ version: 2, value: [] });
    expect(settingsFile(DEFAULT_SETTINGS).settings.enabled).toEqual({ version: 1, value: true });
  });

  it('takes a file that sets only some settings', () => {
    expect(parseSettingsFile(file({ cardTheme: { version: 1, value: 'light' } }))).toEqual({
      ok: true,
      values: { cardTheme: 'light' },
      unknown: [],
    });
  });

  it('migrates values written by an older RoleLens', () => {
    const result = parseSettingsFile(file({ disabledSites: { version: 1, value: ['www.LinkedIn.com.'] } }));
    expect(result).toEqual({ ok: true, values: { disabledSites: ['linkedin.com'] }, unknown: [] });
  });

  it('names the settings it does not know, and imports the rest', () => {
    const result = parseSettingsFile(file({ enabled: { version: 1, value: false }, sparkles: { value: 3 } }));
    expect(result).toEqual({ ok: true, values: { enabled: false }, unknown: ['sparkles'] });
  });

  it.each([
    ['not JSON', '{ "app": "RoleLens", ', /not valid JSON/],
    ['empty', '', /not valid JSON/],
    ['another app', JSON.stringify({ app: 'Dark Reader', format: 1, settings: {} }), /not a RoleLens settings file/],
    ['an array', '[1, 2, 3]', /not a RoleLens settings file/],
    ['no format', JSON.stringify({ app: 'RoleLens', settings: {} }), /which format/],
    ['a newer format', file({}, { format: 2 }), /newer RoleLens/],
    ['no settings object', file({}, { settings: 'all of them' }), /holds no settings/],
    ['no known setting', file({ sparkles: { value: 1 } }), /no setting this version/],
    ['a wrong type', file({ enabled: { version: 1, value: 'yes' } }), /"enabled" holds a value/],
    ['an unknown choice', file({ highlightStyle: { version: 1, value: 'neon' } }), /"highlightStyle"/],
    ['a delay out of range', file({ hoverDelayMs: { version: 1, value: 99_999 } }), /"hoverDelayMs"/],
    ['an invalid hostname', file({ disabledSites: { version: 2, value: ['bad host!'] } }), /"disabledSites"/],
    ['a setting without a value', file({ enabled: { version: 1 } }), /"enabled" has no value/],
    ['a null value', file({ enabled: { version: 1, value: null } }), /"enabled" holds a value/],
    ['far too large', ' '.repeat(MAX_SETTINGS_FILE_BYTES + 1), /far too large/],
  ])('refuses a file that is %s, saying why', (_name, text, reason) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it('refuses the whole file when one value is bad, even if others are good', () => {
    const result = parseSettingsFile(
      file({ enabled: { version: 1, value: false }, cardTheme: { version: 1, value: 'purple' } }),
    );
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/"cardTheme"/) });
  });
});
