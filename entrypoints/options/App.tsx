import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import { type OptionsStatus, OptionsView, type Shortcut } from '../../components/OptionsView';
import { resetSettings, saveSetting, saveSettings } from '../../lib/settings';
import {
  MAX_SETTINGS_FILE_BYTES,
  parseSettingsFile,
  SETTINGS_FILE_NAME,
  settingsFileText,
} from '../../lib/settings-file';
import { useSettings } from '../../lib/use-settings';

/** The options page: wiring only (storage, the browser's commands, files) around OptionsView. */
export function App() {
  const settings = useSettings();
  const shortcuts = useShortcuts();
  const [status, setStatus] = useState<OptionsStatus>();
  if (!settings) return <p class="rl-note">Loading…</p>;

  const report = (kind: OptionsStatus['kind'], text: string) => setStatus({ kind, text });
  return (
    <OptionsView
      settings={settings}
      shortcuts={shortcuts}
      status={status}
      onChange={(name, value) => {
        setStatus(undefined);
        void saveSetting(name, value).catch(() => report('refused', 'The browser did not save that change.'));
      }}
      onExport={() => {
        downloadText(SETTINGS_FILE_NAME, settingsFileText(settings));
        report('done', `Settings exported to ${SETTINGS_FILE_NAME}.`);
      }}
      onImport={(file) => void importFile(file).then(({ kind, text }) => report(kind, text))}
      onReset={() =>
        void resetSettings().then(
          () => report('done', 'Every option is back to its default.'),
          () => report('refused', 'The browser did not reset the settings.'),
        )
      }
      onEditShortcuts={SHORTCUTS_PAGE ? () => void browser.tabs.create({ url: SHORTCUTS_PAGE }) : undefined}
    />
  );
}

async function importFile(file: File): Promise<OptionsStatus> {
  if (file.size > MAX_SETTINGS_FILE_BYTES)
    return { kind: 'refused', text: 'Nothing was imported: the file is far too large to be a RoleLens settings file.' };
  const result = parseSettingsFile(await file.text());
  if (!result.ok) return { kind: 'refused', text: `Nothing was imported: ${lowerFirst(result.reason)}` };
  try {
    await saveSettings(result.values);
  } catch {
    return { kind: 'refused', text: 'Nothing was imported: the browser did not save the settings.' };
  }
  const skipped = result.unknown.length
    ? ` Ignored, as this version of RoleLens does not know them: ${result.unknown.join(', ')}.`
    : '';
  return { kind: 'done', text: `Settings imported from ${file.name}.${skipped}` };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The keyboard commands with their current shortcuts. */
function useShortcuts(): Shortcut[] | undefined {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>();
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) =>
        setShortcuts(
          all
            .filter((c) => c.name && c.description)
            .map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' })),
        ),
      )
      .catch(() => setShortcuts([]));
  }, []);
  return shortcuts;
}

/** Chromium's page for extension shortcuts; Firefox has one only inside about:addons (not openable). */
const SHORTCUTS_PAGE = import.meta.env.FIREFOX ? undefined : 'chrome://extensions/shortcuts';
