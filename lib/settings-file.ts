import { type SettingName, SETTING_NAMES, type Settings, settleSetting, settingVersion } from './settings';

/**
 * Export and import of settings as a JSON file (options page). Pure: the page reads and writes the
 * file, this module says what a file holds. An imported file is all or nothing: if any part of it is
 * not a valid RoleLens setting, nothing is changed and the reason is given in plain words.
 */

/** The file's own format; a file in a newer format is refused rather than half-understood. */
export const SETTINGS_FILE_FORMAT = 1;
export const SETTINGS_FILE_NAME = 'rolelens-settings.json';
/** An exported file is a few kilobytes; anything far larger is not one (and is not read into memory). */
export const MAX_SETTINGS_FILE_BYTES = 512 * 1024;

export interface SettingsFile {
  readonly app: 'RoleLens';
  readonly format: number;
  readonly exportedAt: string;
  /** Each setting with the version its value is written in, so a later RoleLens can migrate it. */
  readonly settings: { readonly [N in SettingName]?: { readonly version: number; readonly value: Settings[N] } };
}

export function settingsFile(settings: Settings, now: Date = new Date()): SettingsFile {
  return {
    app: 'RoleLens',
    format: SETTINGS_FILE_FORMAT,
    exportedAt: now.toISOString(),
    settings: Object.fromEntries(
      SETTING_NAMES.map((name) => [name, { version: settingVersion(name), value: settings[name] }]),
    ) as SettingsFile['settings'],
  };
}

export function settingsFileText(settings: Settings, now?: Date): string {
  return `${JSON.stringify(settingsFile(settings, now), null, 2)}\n`;
}

export type ImportResult =
  | {
      readonly ok: true;
      /** The settings the file sets, validated and migrated to this version. */
      readonly values: Partial<Settings>;
      /** Settings in the file this version of RoleLens does not know (from a newer one); not applied. */
      readonly unknown: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): ImportResult => ({ ok: false, reason });

/** Reads a settings file's text. Never throws. */
export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return refuse('The file is far too large to be a RoleLens settings file.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('The file is not valid JSON, so it cannot be a RoleLens settings file.');
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    (data as { app?: unknown }).app !== 'RoleLens'
  )
    return refuse('This is not a RoleLens settings file (it does not say "app": "RoleLens").');
  const { format, settings } = data as { format?: unknown; settings?: unknown };
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1)
    return refuse('The file does not say which format it is in.');
  if (format > SETTINGS_FILE_FORMAT)
    return refuse('The file was written by a newer RoleLens in a format this version cannot read. Update RoleLens.');
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
    return refuse('The file holds no settings.');

  const values: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const [name, entry] of Object.entries(settings as Record<string, unknown>)) {
    if (!(SETTING_NAMES as readonly string[]).includes(name)) {
      unknown.push(name);
      continue;
    }
    if (typeof entry !== 'object' || entry === null || !('value' in entry))
      return refuse(`The setting "${name}" has no value.`);
    const { value, version } = entry as { value: unknown; version?: unknown };
    const settled = settleSetting(name as SettingName, value, version);
    if (settled.outcome === 'invalid' || settled.outcome === 'default')
      return refuse(`The setting "${name}" holds a value RoleLens cannot use, so nothing was imported.`);
    values[name] = settled.value;
  }
  if (Object.keys(values).length === 0) return refuse('The file holds no setting this version of RoleLens knows.');
  return { ok: true, values: values as Partial<Settings>, unknown };
}
